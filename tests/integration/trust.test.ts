// Trust and privacy (issue 16): verified domains, possible duplicates for moderators.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as changelogRoute } from "@/app/api/endorsers/changelog/route";
import { GET as openDataRoute } from "@/app/api/endorsers/json/route";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails, emailsTo } from "@/lib/email/queue.server";
import { byContactEmail, withContact } from "@/lib/endorsements/contact.server";
import {
  approveEndorsement,
  backfillDomainVerified,
  confirmEndorsement,
  editPublicFields,
  eraseEndorsement,
  type LifecycleActor,
  rejectEndorsement,
  restoreEndorsement,
  setFlags,
  setRetentionHold,
  withdrawEndorsement,
} from "@/lib/endorsements/lifecycle.server";
import { personalDataExport } from "@/lib/endorsements/manage.server";
import { openDataPage } from "@/lib/endorsements/open-data.server";
import { possibleDuplicates } from "@/lib/endorsements/review.server";
import { type EndorsementInput, validateEndorsement } from "@/lib/endorsements/schema";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { listWall, verifiedDomainOf } from "@/lib/endorsements/wall.server";
import { applyRetention } from "@/lib/privacy/retention.server";
import { type Entry, subjectOf, verifyChain } from "@/lib/public-record/chain";
import { recordPage, startPublicRecord } from "@/lib/public-record/record.server";
import { verifyRecord } from "@/lib/public-record/verify";
import { issueToken } from "@/lib/security/tokens.server";
import { getSettings, saveSetting } from "@/lib/settings.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let moderator: LifecycleActor;
let counter = 0;

function input(overrides: Record<string, unknown> = {}): EndorsementInput {
  counter++;
  const result = validateEndorsement({
    name: `Trust School ${counter}`,
    type: "ALE_PROVIDER",
    countryCode: "KE",
    website: `https://www.trust${counter}-school.org`,
    contactName: "Wanjiru Kamau",
    contactRole: "Director",
    contactEmail: `wanjiru@mail.trust${counter}-school.org`,
    commitments: ["3"],
    consentPublic: "on",
    locale: "en",
    ...overrides,
  } as never);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

async function submitted(overrides: Record<string, unknown> = {}, approve = false) {
  const data = input(overrides);
  await submitEndorsement(data, { ip: `10.16.0.${counter}` });
  const row = await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) });
  if (approve) {
    await confirmEndorsement(await issueToken(row.id, "CONFIRM"));
    await approveEndorsement(row.id, moderator);
  }
  return { ...withContact(row), input: data };
}

describe(`trust on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@trust.test", name: "Mod", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
  });
  afterAll(async () => {
    await deliverDueEmails();
    await smtp?.stop();
    await database?.close();
  });

  it("a contact on the website's domain is verified on the wall, in open data and on the badge; an edit re-checks", async () => {
    const own = await submitted({}, true);
    const freeMail = await submitted({ contactEmail: `wanjiru${counter + 1}@gmail.com` }, true);
    expect(own.domainVerified).toBe(true);
    expect(freeMail.domainVerified).toBe(false);

    const wall = await listWall({});
    const tile = (slug: string) => wall.endorsers.find((e) => e.slug === slug);
    expect(tile(own.slug)?.domainVerified).toBe(true);
    expect(tile(freeMail.slug)?.domainVerified).toBe(false);
    const open = await openDataPage();
    expect(open.endorsers.find((e) => e.slug === own.slug)?.domainVerified).toBe(true);
    expect(open.endorsers.find((e) => e.slug === freeMail.slug)?.domainVerified).toBe(false);
    expect(await verifiedDomainOf(own.slug)).toBe(`trust${counter - 1}-school.org`);
    expect(await verifiedDomainOf(freeMail.slug)).toBeNull();

    // Staff move the website elsewhere: the address no longer matches.
    const edited = await editPublicFields(moderator, own.id, {
      ...own.input,
      website: "https://elsewhere.example.net",
    });
    expect(edited?.domainVerified).toBe(false);
    expect(await verifiedDomainOf(own.slug)).toBeNull();
  });

  it("possible duplicates: the same website domain anywhere, a similar name only in the same country", async () => {
    const original = await submitted({ name: "Adult Learning Network of Kenya", countryCode: "KE" });
    const similarSameCountry = await submitted({ name: "Adult Learning Network Kenya", countryCode: "KE" });
    // Found on the wall's side too (approved endorsements are asked for apart, decision 043).
    const similarApproved = await submitted({ name: "The Adult Learning Network of Kenya", countryCode: "KE" }, true);
    const similarOtherCountry = await submitted({ name: "Adult Learning Network of Kenya", countryCode: "UG" });
    const sameDomainOtherCountry = await submitted({
      name: "Completely Different Name",
      countryCode: "TZ",
      website: original.website,
    });
    const unrelated = await submitted({ name: "Unrelated Literacy Circle", countryCode: "KE" });

    const found = await possibleDuplicates(original);
    const reasons = Object.fromEntries(found.map((d) => [d.id, d.reason]));
    expect(reasons[similarSameCountry.id]).toBe("similarName");
    expect(reasons[similarApproved.id]).toBe("similarName");
    expect(reasons[sameDomainOtherCountry.id]).toBe("sameDomain");
    // The bug from issue 12: a similar name in another country was listed as a duplicate.
    expect(reasons).not.toHaveProperty(similarOtherCountry.id);
    expect(reasons).not.toHaveProperty(unrelated.id);
    expect(reasons).not.toHaveProperty(original.id);
  });

  it("the endorser's data download holds everything about the endorsement, and nothing about staff", async () => {
    const e = await submitted({}, true);
    await deliverDueEmails();
    const data = await personalDataExport(e.id);
    expect(data?.endorsement).toMatchObject({
      contactEmail: e.contactEmail,
      contactName: "Wanjiru Kamau",
      contactRole: "Director",
      status: "APPROVED",
      commitments: [3],
    });
    expect(data?.emailsSent.map((m) => m.status)).toEqual(["SENT", "SENT", "SENT"]);
    expect(data?.auditLog.map((a) => [a.action, a.actorKind])).toEqual([
      ["endorsement.confirm", "ENDORSER"],
      ["endorsement.approve", "STAFF"],
    ]);
    expect(data?.publicRecord.map((r) => r.action)).toEqual(["added"]);
    expect(JSON.stringify(data)).not.toContain("mod@trust.test");
    expect(await personalDataExport("c-no-such-id")).toBeNull();
  });

  describe("retention, with a clock moved forward", () => {
    const day = 86_400_000;
    const reload = async (id: string) => {
      const row = await database.prisma.endorsement.findUnique({ where: { id } });
      return row && withContact(row);
    };

    it("erases closed endorsements' contacts after the configured days, strips old audit details, respects holds", async () => {
      const rejected = await submitted({}, true);
      await rejectEndorsement(rejected.id, moderator, { stock: "notAle" });
      const withdrawn = await submitted({}, true);
      await withdrawEndorsement(withdrawn.id);
      const held = await submitted({}, true);
      await rejectEndorsement(held.id, moderator, { stock: "notAle" });
      expect(await setRetentionHold(moderator, held.id, true)).toBeTruthy();
      const holdAudit = await database.prisma.auditEntry.findFirst({
        where: { entityId: held.id, action: "endorsement.hold" },
      });
      expect(holdAudit).toMatchObject({ before: { retentionHold: false }, after: { retentionHold: true } });
      const approved = await submitted({}, true);
      const unconfirmed = await submitted();
      await deliverDueEmails();
      const now = Date.now();

      await applyRetention(new Date(now + 29 * day));
      expect(await reload(unconfirmed.id)).not.toBeNull();
      await applyRetention(new Date(now + 89 * day));
      expect((await reload(rejected.id))?.contactEmail).toBe(rejected.contactEmail);

      const result = await applyRetention(new Date(now + 91 * day));
      expect(result.contacts).toBeGreaterThanOrEqual(2);
      expect(await reload(unconfirmed.id)).toBeNull();
      for (const e of [rejected, withdrawn]) {
        const after = await reload(e.id);
        expect(after).toMatchObject({ contactName: "", contactRole: null, consentEmails: false });
        expect(after?.contactEmail).toBe(`erased+${e.id}@erased.invalid`);
        expect(after?.contactErasedAt).not.toBeNull();
        expect(after?.name).toBe(e.name); // the organisation's record stays
      }
      expect(await reload(held.id)).toMatchObject({ contactEmail: held.contactEmail, contactErasedAt: null });
      expect(await reload(approved.id)).toMatchObject({ contactEmail: approved.contactEmail });

      // Old audit entries keep who (by id), what and when; the held endorsement's stay whole.
      const audit = await database.prisma.auditEntry.findMany({
        where: { entityId: { in: [rejected.id, held.id] }, action: "endorsement.reject" },
      });
      const stripped = audit.find((a) => a.entityId === rejected.id);
      expect(stripped).toMatchObject({
        actorEmail: null,
        before: null,
        after: null,
        actorId: (moderator as { id: string }).id,
      });
      expect(audit.find((a) => a.entityId === held.id)).toMatchObject({ actorEmail: "mod@trust.test" });
      // The mail that named the contact is gone, and nothing is ever sent to an erased contact.
      expect(await database.prisma.outboundEmail.count({ where: emailsTo(rejected.contactEmail) })).toBe(0);
      await approveEndorsement(rejected.id, moderator);
      expect(
        await database.prisma.outboundEmail.count({ where: emailsTo(`erased+${rejected.id}@erased.invalid`) }),
      ).toBe(0);
    });

    it("admins' periods are used within bounds; anything else falls back to the safe default", async () => {
      await saveSetting("closedContactDays", 30);
      expect((await getSettings()).closedContactDays).toBe(30);
      await database.prisma.setting.update({ where: { key: "closedContactDays" }, data: { value: 2 } });
      expect((await getSettings()).closedContactDays).toBe(90);
      await database.prisma.setting.update({ where: { key: "closedContactDays" }, data: { value: "ninety" } });
      expect((await getSettings()).closedContactDays).toBe(90);
      await database.prisma.setting.delete({ where: { key: "closedContactDays" } });
    });
  });

  describe("the public record", () => {
    const entriesOf = async (endorsementId: string) =>
      await database.prisma.publicRecordEntry.findMany({
        where: { subject: subjectOf(endorsementId) },
        orderBy: { seq: "asc" },
      });
    const allEntries = async () => {
      const entries: Entry[] = [];
      for (let page = await recordPage(); ; page = await recordPage(page.next)) {
        entries.push(...page.entries);
        if (!page.next) return entries;
      }
    };
    /** Serves the two public endpoints from the route handlers; `tamper` may rewrite a JSON body. */
    const siteFetch =
      (tamper: (path: string, body: Record<string, unknown>) => Record<string, unknown> = (_p, b) => b) =>
      async (url: string) => {
        const { pathname } = new URL(url);
        const route =
          pathname === "/api/endorsers/changelog"
            ? changelogRoute
            : pathname === "/api/endorsers/json"
              ? openDataRoute
              : null;
        if (!route) return new Response("not found", { status: 404 });
        const answer = await route(new Request(url));
        return Response.json(tamper(pathname, await answer.json()), { status: answer.status });
      };

    it("endorsements stored before the verified-domain check get it once, through the lifecycle and the record", async () => {
      const day = 86_400_000;
      const older = await submitted();
      const mismatch = await submitted({ contactEmail: `someone${counter + 1}@elsewhere.example.org` });
      // As stored before the check existed: unverified, and older than the migration that added it.
      await database.prisma.endorsement.updateMany({
        where: { id: { in: [older.id, mismatch.id] } },
        data: { domainVerified: false, createdAt: new Date(Date.now() - day) },
      });
      for (const e of [older, mismatch]) {
        await confirmEndorsement(await issueToken(e.id, "CONFIRM"));
        await approveEndorsement(e.id, moderator);
      }
      const checkedSince = new Date(Date.now() - day / 2);
      expect(await backfillDomainVerified(checkedSince)).toBe(1);
      const stored = await database.prisma.endorsement.findMany({
        where: { id: { in: [older.id, mismatch.id] } },
        select: { id: true, domainVerified: true },
      });
      expect(Object.fromEntries(stored.map((e) => [e.id, e.domainVerified]))).toEqual({
        [older.id]: true,
        [mismatch.id]: false,
      });
      expect((await entriesOf(older.id)).map((e) => [e.action, e.reason])).toEqual([
        ["added", "approve"],
        ["changed", "recheckDomain"],
      ]);
      const audit = await database.prisma.auditEntry.findMany({
        where: { entityId: older.id },
        orderBy: { id: "asc" },
      });
      expect(audit.at(-1)).toMatchObject({ action: "endorsement.recheckDomain", actorKind: "SYSTEM" });
      // Idempotent: the second run finds nothing more; newer endorsements are not its business.
      expect(await backfillDomainVerified(checkedSince)).toBe(0);
      expect(await database.prisma.auditEntry.count({ where: { entityId: older.id } })).toBe(audit.length);
    });

    it("approval, a public edit, withdrawal, take-down and erasure each append one chained entry; flags append none", async () => {
      const e = await submitted({}, true);
      expect((await entriesOf(e.id)).map((x) => [x.action, x.reason])).toEqual([["added", "approve"]]);

      await editPublicFields(moderator, e.id, { ...e.input, city: "Kisumu" });
      await setFlags(moderator, e.id, { featured: true });
      await withdrawEndorsement(e.id);
      await restoreEndorsement(e.id);
      await approveEndorsement(e.id, moderator);
      await rejectEndorsement(e.id, moderator, { stock: "incomplete" });
      const entries = await entriesOf(e.id);
      expect(entries.map((x) => [x.action, x.reason])).toEqual([
        ["added", "approve"],
        ["changed", "edit"],
        ["removed", "withdraw"],
        ["added", "approve"],
        ["removed", "reject"],
      ]);
      expect((entries[1].record as { city: string }).city).toBe("Kisumu");
      expect(JSON.stringify(entries)).not.toContain(e.contactEmail);

      await approveEndorsement(e.id, moderator);
      expect(await eraseEndorsement(e.id)).toBe(true);
      const erased = await entriesOf(e.id);
      expect(erased.at(-1)?.action).toBe("removed");
      expect(erased.at(-1)?.reason).toBe("erase");
      // Nothing of the organisation is left in the record, only hashes.
      expect(erased.every((x) => x.record === null)).toBe(true);
      expect(JSON.stringify(erased)).not.toContain(e.slug);
      expect(erased.filter((x) => x.action !== "removed").every((x) => /^[0-9a-f]{64}$/.test(x.recordHash ?? ""))).toBe(
        true,
      );
      const chain = await allEntries();
      expect(() => verifyChain(chain)).not.toThrow();
    });

    it("the served changelog verifies against the served open data; a tampered copy is named", async () => {
      await submitted({}, true);
      const ok = await verifyRecord("https://we-are-ale.test", siteFetch());
      expect(ok).toMatchObject({ ok: true });

      const renamed = await verifyRecord(
        "https://we-are-ale.test",
        siteFetch((path, body) => {
          if (path !== "/api/endorsers/changelog") return body;
          const entries = body.entries as Entry[];
          const target = entries.findLast((x) => x.record);
          if (target?.record) target.record = { ...target.record, name: "Someone Else" };
          return body;
        }),
      );
      expect(renamed.ok).toBe(false);
      expect(!renamed.ok && renamed.problems[0]).toMatch(/Entry #\d+: its record does not match its record hash/);

      const dropped = await verifyRecord(
        "https://we-are-ale.test",
        siteFetch((path, body) =>
          path === "/api/endorsers/changelog" ? { ...body, entries: (body.entries as Entry[]).slice(1) } : body,
        ),
      );
      expect(!dropped.ok && dropped.problems[0]).toMatch(/Entry #2: expected #1/);

      const sneaked = await verifyRecord(
        "https://we-are-ale.test",
        siteFetch((path, body) =>
          path === "/api/endorsers/json"
            ? { ...body, endorsers: [...(body.endorsers as object[]), { slug: "sneaked-in", name: "Sneaked In" }] }
            : body,
        ),
      );
      expect(!sneaked.ok && sneaked.problems).toEqual(['Open data lists "sneaked-in", which the changelog does not.']);

      const garbage = await verifyRecord("https://we-are-ale.test", async () => new Response("<html>"));
      expect(!garbage.ok && garbage.problems[0]).toMatch(/did not answer JSON/);
      expect(await verifyRecord("not a url")).toMatchObject({ ok: false });
    });

    it("concurrent changes never fork the chain", async () => {
      const pending = await Promise.all(Array.from({ length: 8 }, () => submitted()));
      await Promise.all(pending.map(async (e) => confirmEndorsement(await issueToken(e.id, "CONFIRM"))));
      await Promise.all(pending.map((e) => approveEndorsement(e.id, moderator)));
      const entries = await allEntries();
      expect(entries.map((x) => x.seq)).toEqual(entries.map((_, i) => i + 1));
      expect(() => verifyChain(entries)).not.toThrow();
    });

    it("a site whose list predates the record starts it from its current public endorsers", async () => {
      await database.prisma.publicRecordEntry.deleteMany();
      const listed = (await openDataPage()).endorsers.length;
      expect(listed).toBeGreaterThan(0);
      expect(await startPublicRecord()).toBe(listed);
      expect(await startPublicRecord()).toBe(0);
      expect(await verifyRecord("https://we-are-ale.test", siteFetch())).toMatchObject({ ok: true, listed });
    });
  });
});
