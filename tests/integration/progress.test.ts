// Progress on commitments (decision 028): the endorser marks an action started or done through the
// manage link; the state is public at once, the description and link only once a moderator approved
// them; counts, open data and the public record follow; a decision on text changed since is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as changelogRoute } from "@/app/api/endorsers/changelog/route";
import { GET as openDataRoute } from "@/app/api/endorsers/json/route";
import { campaignStatistics } from "@/lib/admin/statistics.server";
import { actionProgressCounts } from "@/lib/content/campaign.server";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import {
  decideProgress,
  type LifecycleActor,
  markProgress,
  updateEndorsement,
  withdrawEndorsement,
} from "@/lib/endorsements/lifecycle.server";
import { personalDataExport } from "@/lib/endorsements/manage.server";
import {
  openDataCsvRow,
  openDataFields,
  openDataPage,
  openDataPages,
  publicRecordOf,
} from "@/lib/endorsements/open-data.server";
import { listPendingProgress } from "@/lib/endorsements/review.server";
import { getEndorser, publicEndorserFields } from "@/lib/endorsements/wall.server";
import { subjectOf } from "@/lib/public-record/chain";
import { verifyRecord } from "@/lib/public-record/verify";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementIn } from "./support/endorsers";
import { startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let moderator: LifecycleActor;

const approved = (commitments = ["2", "5"]) => endorsementIn("APPROVED", { commitments }, moderator);
const commitmentOf = (endorsementId: string, actionNumber: number) =>
  database.prisma.commitment.findUniqueOrThrow({
    where: { endorsementId_actionNumber: { endorsementId, actionNumber } },
  });
const entriesOf = (id: string) =>
  database.prisma.publicRecordEntry.findMany({ where: { subject: subjectOf(id) }, orderBy: { seq: "asc" } });
const auditsOf = (id: string, action: string) =>
  database.prisma.auditEntry.count({ where: { entityId: id, action: `endorsement.${action}` } });

describe(`progress on commitments on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@progress.test", name: "Mira", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
  });
  afterAll(async () => {
    await deliverDueEmails();
    await smtp?.stop();
    await database?.close();
  });

  it("the state is public at once; the description and link only once a moderator approved them", async () => {
    const e = await approved();
    const before = await actionProgressCounts();
    const saved = await markProgress(e.id, {
      actionNumber: 2,
      state: "STARTED",
      note: "Two evening classes opened",
      link: "https://example.org/classes",
    });
    expect(saved?.status).toBe("APPROVED");

    const waiting = await commitmentOf(e.id, 2);
    expect(waiting).toMatchObject({
      progress: "STARTED",
      progressNote: null,
      progressLink: null,
      pendingNote: "Two evening classes opened",
      pendingLink: "https://example.org/classes",
    });
    expect(waiting.pendingAt).toBeInstanceOf(Date);
    const publicPage = await getEndorser(e.slug);
    expect(publicPage?.commitments.find((c) => c.actionNumber === 2)).toEqual({
      actionNumber: 2,
      progress: "STARTED",
      progressNote: null,
      progressLink: null,
    });
    expect(JSON.stringify(await openDataPage())).not.toContain("Two evening classes");
    const after = await actionProgressCounts();
    expect(after.get(2)?.started).toBe((before.get(2)?.started ?? 0) + 1);
    expect(after.get(2)?.committed).toBe(before.get(2)?.committed);
    expect((await listPendingProgress()).rows.map((row) => [row.endorsement.id, row.actionNumber])).toContainEqual([
      e.id,
      2,
    ]);

    expect(await decideProgress(moderator, e.id, 2, true, waiting.pendingAt as Date)).toBeTruthy();
    expect(await commitmentOf(e.id, 2)).toMatchObject({
      progressNote: "Two evening classes opened",
      progressLink: "https://example.org/classes",
      pendingNote: null,
      pendingLink: null,
      pendingAt: null,
    });
    const row = (await openDataPage()).endorsers.find((x) => x.slug === e.slug);
    expect(row?.progress).toEqual([
      { action: 2, state: "started", description: "Two evening classes opened", link: "https://example.org/classes" },
    ]);
    expect(await auditsOf(e.id, "progress")).toBe(1);
    expect(await auditsOf(e.id, "decideProgress")).toBe(1);
    // The endorser's download of everything held includes it.
    const held = await personalDataExport(e.id);
    expect(held?.endorsement.progress).toContainEqual(
      expect.objectContaining({ action: 2, progress: "STARTED", progressNote: "Two evening classes opened" }),
    );
  });

  it("open data reads each endorser's public fields as Prisma's select of them does, key for key", async () => {
    await approved(["1"]);
    const rows = await database.prisma.endorsement.findMany({
      where: { status: "APPROVED", consentPublic: true },
      orderBy: { id: "asc" },
      select: publicEndorserFields,
    });
    const expected = rows.map((row) => ({
      ...publicRecordOf(row),
      url: `https://we-are-ale.test/en/endorsers/${row.slug}`,
    }));
    expect(expected.some((row) => row.progress?.some((p) => p.description !== null))).toBe(true);
    expect(JSON.stringify((await openDataPage()).endorsers)).toBe(JSON.stringify(expected));
  });

  it("a decision on text the endorser changed since the page showed it is refused; a rejection keeps the public text", async () => {
    const e = await approved();
    await markProgress(e.id, { actionNumber: 5, state: "DONE", note: "First version" });
    const shown = (await commitmentOf(e.id, 5)).pendingAt as Date;
    await decideProgress(moderator, e.id, 5, true, shown);
    await markProgress(e.id, { actionNumber: 5, state: "DONE", note: "Second version" });
    const seenByModerator = (await commitmentOf(e.id, 5)).pendingAt as Date;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await markProgress(e.id, { actionNumber: 5, state: "DONE", note: "Third version, with a bad word" });

    expect(await decideProgress(moderator, e.id, 5, true, seenByModerator)).toBeUndefined();
    expect(await commitmentOf(e.id, 5)).toMatchObject({
      progressNote: "First version",
      pendingNote: "Third version, with a bad word",
    });
    expect(await auditsOf(e.id, "decideProgress")).toBe(1);

    const current = (await commitmentOf(e.id, 5)).pendingAt as Date;
    expect(await decideProgress(moderator, e.id, 5, false, current)).toBeTruthy();
    expect(await commitmentOf(e.id, 5)).toMatchObject({
      progressNote: "First version",
      pendingNote: null,
      pendingAt: null,
    });
    // A second decision on the same text finds nothing waiting.
    expect(await decideProgress(moderator, e.id, 5, true, current)).toBeUndefined();
  });

  it("the same text sent again keeps its place; clearing both fields takes the public text down at once", async () => {
    const e = await approved();
    await markProgress(e.id, { actionNumber: 2, state: "STARTED", note: "Workshop", link: "https://example.org/w" });
    const first = (await commitmentOf(e.id, 2)).pendingAt as Date;
    await decideProgress(moderator, e.id, 2, true, first);
    // Unchanged text: nothing to review.
    await markProgress(e.id, { actionNumber: 2, state: "DONE", note: "Workshop", link: "https://example.org/w" });
    expect(await commitmentOf(e.id, 2)).toMatchObject({ progress: "DONE", pendingAt: null, progressNote: "Workshop" });
    await markProgress(e.id, { actionNumber: 2, state: "DONE", note: "Workshop, second round" });
    const waiting = (await commitmentOf(e.id, 2)).pendingAt as Date;
    await new Promise((resolve) => setTimeout(resolve, 5));
    await markProgress(e.id, { actionNumber: 2, state: "DONE", note: "Workshop, second round" });
    expect((await commitmentOf(e.id, 2)).pendingAt?.getTime()).toBe(waiting.getTime());

    await markProgress(e.id, { actionNumber: 2, state: "DONE" });
    expect(await commitmentOf(e.id, 2)).toMatchObject({
      progress: "DONE",
      progressNote: null,
      progressLink: null,
      pendingNote: null,
      pendingAt: null,
    });
  });

  it("refuses an action not committed to, and an endorsement not on the wall, changing nothing", async () => {
    const e = await approved(["2"]);
    expect(await markProgress(e.id, { actionNumber: 7, state: "DONE" })).toBeUndefined();
    expect(await database.prisma.commitment.count({ where: { endorsementId: e.id, actionNumber: 7 } })).toBe(0);
    expect(await auditsOf(e.id, "progress")).toBe(0);
    const unchanged = await database.prisma.endorsement.findUniqueOrThrow({ where: { id: e.id } });
    expect(unchanged.updatedAt.getTime()).toBe(e.updatedAt.getTime());

    const waiting = await endorsementIn("AWAITING_REVIEW", { commitments: ["2"] });
    expect(await markProgress(waiting.id, { actionNumber: 2, state: "STARTED" })).toBeUndefined();
    expect((await commitmentOf(waiting.id, 2)).progress).toBe("COMMITTED");

    await withdrawEndorsement(e.id);
    expect(await markProgress(e.id, { actionNumber: 2, state: "STARTED" })).toBeUndefined();
    expect((await commitmentOf(e.id, 2)).progress).toBe("COMMITTED");
  });

  it("the endorser's own edit keeps the progress on the actions still committed to", async () => {
    const e = await approved(["2", "5"]);
    await markProgress(e.id, { actionNumber: 2, state: "DONE" });
    await updateEndorsement(e.id, { ...e.input, commitments: [2, 9] });
    const rows = await database.prisma.commitment.findMany({
      where: { endorsementId: e.id },
      orderBy: { actionNumber: "asc" },
    });
    expect(rows.map((row) => [row.actionNumber, row.progress])).toEqual([
      [2, "DONE"],
      [9, "COMMITTED"],
    ]);
  });

  it("the public record records a public progress change, and still verifies against the open data", async () => {
    const e = await approved(["2"]);
    const start = (await entriesOf(e.id)).length;
    await markProgress(e.id, { actionNumber: 2, state: "STARTED", note: "Not yet public" });
    const afterState = await entriesOf(e.id);
    expect(afterState).toHaveLength(start + 1);
    expect(afterState.at(-1)).toMatchObject({ action: "changed", reason: "progress" });
    expect(JSON.stringify(afterState)).not.toContain("Not yet public");
    // Sending the same again changes nothing public: no entry.
    await markProgress(e.id, { actionNumber: 2, state: "STARTED", note: "Not yet public" });
    expect(await entriesOf(e.id)).toHaveLength(start + 1);
    await decideProgress(moderator, e.id, 2, true, (await commitmentOf(e.id, 2)).pendingAt as Date);
    const afterApproval = await entriesOf(e.id);
    expect(afterApproval).toHaveLength(start + 2);
    expect(afterApproval.at(-1)?.reason).toBe("decideProgress");
    expect(JSON.stringify(afterApproval.at(-1)?.record)).toContain("Not yet public");

    const siteFetch = async (url: string) => {
      const { pathname } = new URL(url);
      const route =
        pathname === "/api/endorsers/changelog"
          ? changelogRoute
          : pathname === "/api/endorsers/json"
            ? openDataRoute
            : null;
      return route ? route(new Request(url)) : new Response("not found", { status: 404 });
    };
    expect(await verifyRecord("https://we-are-ale.test", siteFetch)).toMatchObject({ ok: true });
  });

  it("the CSV lists the actions started and done; the dashboard counts progress per action", async () => {
    const e = await approved(["2", "5"]);
    await markProgress(e.id, { actionNumber: 2, state: "STARTED" });
    await markProgress(e.id, { actionNumber: 5, state: "DONE" });
    const rows: unknown[][] = [];
    for await (const page of openDataPages()) rows.push(...page.map(openDataCsvRow));
    const row = rows.find((cells) => cells[0] === e.slug);
    expect(row?.[openDataFields.indexOf("started")]).toEqual([2]);
    expect(row?.[openDataFields.indexOf("done")]).toEqual([5]);

    const stats = await campaignStatistics();
    const counts = await actionProgressCounts();
    expect(stats.progress.get(5)).toEqual(counts.get(5));
    expect(counts.get(5)?.done).toBeGreaterThanOrEqual(1);
  });
});
