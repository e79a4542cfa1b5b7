// Every change of an endorsement goes through lib/endorsements/lifecycle.server.ts: one transaction
// with its history row, its audit entry (who: staff, endorser or system) and its email.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import { byContactEmail, withContact } from "@/lib/endorsements/contact.server";
import {
  approveEndorsement,
  confirmEndorsement,
  editPublicFields,
  eraseEndorsement,
  type LifecycleActor,
  restoreEndorsement,
  setFlags,
  updateEndorsement,
  withdrawEndorsement,
} from "@/lib/endorsements/lifecycle.server";
import { confirmFromForm } from "@/lib/endorsements/link-answers.server";
import { decide } from "@/lib/endorsements/review.server";
import { type EndorsementInput, validateEndorsement } from "@/lib/endorsements/schema";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { findImage, processLogo, removeUnusedImages, storeImage } from "@/lib/media/images.server";
import { issueToken } from "@/lib/security/tokens.server";
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
    name: `Night School ${counter}`,
    type: "ALE_PROVIDER",
    countryCode: "PE",
    website: `https://night${counter}.example.org`,
    contactName: "Rosa Quispe",
    contactRole: "Coordinator",
    contactEmail: `rosa@night${counter}.example.org`,
    commitments: ["2"],
    consentPublic: "on",
    locale: "es",
    ...overrides,
  } as never);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** A new endorsement moved to `status` through the real transitions. */
async function endorsement(status: "AWAITING_CONFIRMATION" | "AWAITING_REVIEW" | "APPROVED", logoId?: string) {
  const data = input();
  await submitEndorsement(data, { ip: `10.1.0.${counter}`, logoImageId: logoId });
  const row = await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) });
  if (status !== "AWAITING_CONFIRMATION") await confirmEndorsement(await issueToken(row.id, "CONFIRM"));
  if (status === "APPROVED") await approveEndorsement(row.id, moderator);
  return { ...withContact(row), input: data };
}

const statusOf = async (id: string) =>
  (await database.prisma.endorsement.findUnique({ where: { id }, select: { status: true } }))?.status;
const auditOf = (id: string) =>
  database.prisma.auditEntry.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
const historyOf = async (id: string) =>
  (
    await database.prisma.endorsementStatusChange.findMany({ where: { endorsementId: id }, orderBy: { at: "asc" } })
  ).map((h) => `${h.fromStatus ?? "-"}→${h.toStatus}${h.note ? ` (${h.note})` : ""}`);

async function logo(color: string) {
  const png = await sharp({ create: { width: 40, height: 40, channels: 3, background: color } })
    .png()
    .toBuffer();
  const processed = await processLogo(png);
  if ("error" in processed) throw new Error(processed.error);
  return storeImage(processed);
}

describe(`lifecycle on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@lifecycle.test", name: "Mod", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
  });
  afterAll(async () => {
    await smtp?.stop();
    await database?.close();
  });
  beforeEach(async () => {
    await deliverDueEmails();
    smtp.inbox.length = 0;
  });

  it("a moderator's decision is one history row and one audit entry naming them; a second decision is refused", async () => {
    const e = await endorsement("AWAITING_REVIEW");
    expect(await decide(moderator, e.id, { kind: "approve" })).toBe(true);
    expect(await decide(moderator, e.id, { kind: "approve" })).toBe(false);
    const audit = await auditOf(e.id);
    expect(audit.map((a) => [a.action, a.actorKind, a.actorId])).toEqual([
      ["endorsement.confirm", "ENDORSER", null],
      ["endorsement.approve", "STAFF", (moderator as { id: string }).id],
    ]);
    expect(audit[1].before).toEqual({ status: "AWAITING_REVIEW" });
    expect(audit[1].after).toEqual({ status: "APPROVED" });
    expect(await historyOf(e.id)).toEqual([
      "-→AWAITING_CONFIRMATION",
      "AWAITING_CONFIRMATION→AWAITING_REVIEW (By the endorser)",
      "AWAITING_REVIEW→APPROVED",
    ]);

    expect(await decide(moderator, e.id, { kind: "reject", reason: { stock: "notAle" } })).toBe(true);
    const mail = (await smtp.to(e.contactEmail)).find((m) => m.subject?.startsWith("Sobre la adhesión"));
    expect(mail?.text).toContain(e.input.name);
    expect((await database.prisma.endorsement.findUniqueOrThrow({ where: { id: e.id } })).rejectionReason).toMatch(
      /educación de personas adultas|aprendizaje/i,
    );
  });

  it("a press the database could not take (connection lost) asks to press again, and the link still confirms", async () => {
    const e = await endorsement("AWAITING_CONFIRMATION");
    const token = await issueToken(e.id, "CONFIRM");
    const form = new FormData();
    form.set("token", token);
    form.set("locale", "ar");
    // The server ending the connection mid-statement (SQLSTATE 57P01), as a restarting database does.
    await database.prisma.$executeRawUnsafe(`CREATE FUNCTION drop_connection() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'terminating connection due to administrator command' USING ERRCODE = '57P01'; END $$`);
    await database.prisma.$executeRawUnsafe(
      `CREATE TRIGGER drop_connection BEFORE INSERT ON "EndorsementStatusChange" FOR EACH ROW EXECUTE FUNCTION drop_connection()`,
    );
    try {
      expect(await confirmFromForm(form)).toBe(`/ar/endorse/confirm?token=${encodeURIComponent(token)}&retry=1`);
    } finally {
      await database.prisma.$executeRawUnsafe(`DROP TRIGGER drop_connection ON "EndorsementStatusChange"`);
      await database.prisma.$executeRawUnsafe("DROP FUNCTION drop_connection()");
    }
    expect(await statusOf(e.id)).toBe("AWAITING_CONFIRMATION");
    expect(await confirmFromForm(form)).toBe(`/ar/endorse/confirm?done=${encodeURIComponent(e.slug)}`);
    expect(await statusOf(e.id)).toBe("AWAITING_REVIEW");
  });

  it("a confirmation that fails leaves its link usable; one that succeeds uses it up", async () => {
    const e = await endorsement("AWAITING_CONFIRMATION");
    const token = await issueToken(e.id, "CONFIRM");
    // A failure inside the confirmation's transaction, as a busy or failing database would cause.
    await database.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_history() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'database unavailable'; END $$`);
    await database.prisma.$executeRawUnsafe(
      `CREATE TRIGGER refuse_history BEFORE INSERT ON "EndorsementStatusChange" FOR EACH ROW EXECUTE FUNCTION refuse_history()`,
    );
    try {
      await expect(confirmEndorsement(token)).rejects.toThrow(/database unavailable/);
    } finally {
      await database.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_history ON "EndorsementStatusChange"`);
      await database.prisma.$executeRawUnsafe("DROP FUNCTION refuse_history()");
    }
    expect(await statusOf(e.id)).toBe("AWAITING_CONFIRMATION");

    expect((await confirmEndorsement(token))?.status).toBe("AWAITING_REVIEW");
    expect(await confirmEndorsement(token)).toBeNull();
  });

  it("one confirmation link clicked five times at once confirms once, with one history row, audit entry and email", async () => {
    const e = await endorsement("AWAITING_CONFIRMATION");
    const token = await issueToken(e.id, "CONFIRM");
    const results = await Promise.all(Array.from({ length: 5 }, () => confirmEndorsement(token, { subscribe: true })));
    expect(results.filter((result) => result?.status === "AWAITING_REVIEW")).toHaveLength(1);
    expect(results.filter((result) => result === null)).toHaveLength(4);
    expect(await historyOf(e.id)).toEqual([
      "-→AWAITING_CONFIRMATION",
      "AWAITING_CONFIRMATION→AWAITING_REVIEW (By the endorser)",
    ]);
    const audit = await auditOf(e.id);
    expect(audit.map((a) => [a.action, a.actorKind, a.before, a.after])).toEqual([
      [
        "endorsement.confirm",
        "ENDORSER",
        { status: "AWAITING_CONFIRMATION", consentEmails: false },
        { status: "AWAITING_REVIEW", consentEmails: true },
      ],
    ]);
    const stored = await database.prisma.endorsement.findUniqueOrThrow({ where: { id: e.id } });
    expect(stored).toMatchObject({ status: "AWAITING_REVIEW", consentEmails: true });
    expect(stored.confirmedAt).toBeInstanceOf(Date);
    expect(stored.updatedAt.getTime()).toBeGreaterThan(e.updatedAt.getTime());
    const received = (await smtp.to(e.contactEmail)).filter((m) => m.subject?.startsWith("Adhesión recibida"));
    expect(received.map((m) => m.text?.includes(e.input.name))).toEqual([true]);
    expect(await confirmEndorsement(token)).toBeNull();
  });

  it("two moderators approving at once: exactly one decision counts", async () => {
    const e = await endorsement("AWAITING_REVIEW");
    const results = await Promise.all([
      decide(moderator, e.id, { kind: "approve" }),
      decide(moderator, e.id, { kind: "approve" }),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await auditOf(e.id)).filter((a) => a.actorKind === "STAFF")).toHaveLength(1);
  });

  it("the endorser's edit of an approved endorsement goes back to review, audited without contact details", async () => {
    const e = await endorsement("APPROVED");
    const changed = { ...e.input, name: `${e.input.name} Renamed`, contactName: "Rosa M. Quispe", commitments: [2, 5] };
    const after = await updateEndorsement(e.id, changed);
    expect(after?.status).toBe("AWAITING_REVIEW");
    expect(after && withContact(after).contactName).toBe("Rosa M. Quispe");
    const commitments = await database.prisma.commitment.findMany({ where: { endorsementId: e.id } });
    expect(commitments.map((c) => c.actionNumber).sort()).toEqual([2, 5]);
    const update = (await auditOf(e.id)).at(-1);
    expect(update?.action).toBe("endorsement.update");
    expect(update?.actorKind).toBe("ENDORSER");
    expect(update?.after).toEqual({ status: "AWAITING_REVIEW", name: changed.name, commitments: [2, 5] });
    expect(JSON.stringify([update?.before, update?.after])).not.toContain("Rosa");
    expect((await historyOf(e.id)).at(-1)).toBe("APPROVED→AWAITING_REVIEW (By the endorser)");
  });

  it("withdraw, restore and the moves the table forbids", async () => {
    const e = await endorsement("APPROVED");
    expect((await withdrawEndorsement(e.id))?.status).toBe("WITHDRAWN");
    expect(await withdrawEndorsement(e.id)).toBeUndefined();
    expect(await updateEndorsement(e.id, e.input)).toBeUndefined(); // bring it back first
    expect(await setFlags(moderator, e.id, { featured: true })).toBeUndefined(); // flags only on the wall
    expect(await approveEndorsement(e.id, moderator)).toBeUndefined(); // only the endorser brings it back
    expect((await restoreEndorsement(e.id))?.status).toBe("AWAITING_REVIEW");
    expect((await auditOf(e.id)).map((a) => a.action).slice(-2)).toEqual([
      "endorsement.withdraw",
      "endorsement.restore",
    ]);
    expect(await historyOf(e.id)).toContain("WITHDRAWN→AWAITING_REVIEW (By the endorser)");
  });

  it("staff edits and flags keep the status and are audited with before and after", async () => {
    const e = await endorsement("APPROVED");
    const fields = { ...e.input, name: "Escuela Nocturna", acronym: "EN" };
    expect((await editPublicFields(moderator, e.id, fields))?.status).toBe("APPROVED");
    expect((await setFlags(moderator, e.id, { featured: true }))?.featured).toBe(true);
    const [edit, flag] = (await auditOf(e.id)).slice(-2);
    expect(edit.after).toEqual({ name: "Escuela Nocturna", acronym: "EN" });
    expect(flag.before).toEqual({ featured: false });
    expect(flag.after).toEqual({ featured: true });
  });

  it("erasing removes the record, its logo and its history; the audit keeps only its id and last status", async () => {
    const image = await logo("#123456");
    const e = await endorsement("APPROVED", image.id);
    expect((await findImage(image.sha256))?.visibility).toBe("public");
    expect(await eraseEndorsement(e.id)).toBe(true);
    expect(await statusOf(e.id)).toBeUndefined();
    expect(await findImage(image.sha256)).toBeNull();
    expect(await database.prisma.endorsementStatusChange.count({ where: { endorsementId: e.id } })).toBe(0);
    const erase = (await auditOf(e.id)).at(-1);
    expect(erase?.action).toBe("endorsement.erase");
    expect(erase?.before).toEqual({ status: "APPROVED" });
    expect(erase?.after).toBeNull();
    expect(await eraseEndorsement(e.id)).toBe(false);
  });

  it("a logo is public only while a public record shows it; unused uploads go after a day", async () => {
    const image = await logo("#654321");
    expect((await findImage(image.sha256))?.visibility).toBe("unused");
    const e = await endorsement("AWAITING_REVIEW", image.id);
    expect((await findImage(image.sha256))?.visibility).toBe("restricted");
    await approveEndorsement(e.id, moderator);
    expect((await findImage(image.sha256))?.visibility).toBe("public");
    await setFlags(moderator, e.id, { logoHidden: true });
    expect((await findImage(image.sha256))?.visibility).toBe("restricted");

    const orphan = await logo("#abcdef");
    expect(await removeUnusedImages()).toBe(0); // younger than a day
    expect(await removeUnusedImages(new Date(Date.now() + 2 * 86_400_000))).toBeGreaterThanOrEqual(1);
    expect(await findImage(orphan.sha256)).toBeNull();
    expect(await findImage(image.sha256)).not.toBeNull(); // still used
  });

  it("the duplicate email names a non-public organisation only as the sender typed it", async () => {
    const e = await endorsement("AWAITING_REVIEW");
    await decide(moderator, e.id, { kind: "reject", reason: { text: "Not an adult education body." } });
    const other = input({ name: e.input.name.toUpperCase(), contactEmail: `someone${counter}@elsewhere.example.org` });
    await submitEndorsement(other, { ip: "10.9.9.9" });
    const [mail] = await smtp.to(other.contactEmail);
    expect(mail?.text).toContain(other.name);
    expect(mail?.text).not.toContain(e.input.name);
    expect(mail?.text).not.toContain("/endorsers/");
  });

  it.skipIf(testDatabaseKind !== "postgres")(
    "a command-line approval leaves the same trail, by the system",
    async () => {
      const e = await endorsement("AWAITING_REVIEW");
      const root = path.resolve(import.meta.dirname, "../..");
      // Not spawnSync: the script sends its email to the SMTP server running in this process.
      const run = await promisify(execFile)(
        path.join(root, "node_modules/.bin/tsx"),
        ["--conditions=react-server", "scripts/endorsements.ts", "approve", e.slug],
        { cwd: root, env: { ...process.env, DATABASE_URL: (database as { url?: string }).url }, timeout: 60_000 },
      );
      expect(run.stdout).toContain(`Approved ${e.slug}.`);
      expect(await statusOf(e.id)).toBe("APPROVED");
      const approve = (await auditOf(e.id)).at(-1);
      expect([approve?.action, approve?.actorKind, approve?.actorId]).toEqual(["endorsement.approve", "SYSTEM", null]);
      expect((await historyOf(e.id)).at(-1)).toBe("AWAITING_REVIEW→APPROVED (By the system)");
      const shared = await database.prisma.pageInvalidation.findMany({
        where: { tag: { in: ["endorsers", `endorser:${e.slug}`] } },
      });
      expect(shared).toHaveLength(2); // running instances drop their cached pages
    },
  );
});
