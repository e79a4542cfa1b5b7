// Moderation that never stalls: overdue reviews, the endorser's one "still being reviewed" email,
// the staff's daily digest, who else has a review open, and decisions refused on a stale view.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import {
  approveEndorsement,
  editPublicFields,
  type LifecycleActor,
  updateEndorsement,
} from "@/lib/endorsements/lifecycle.server";
import { overdueReviews, sendReviewReminders } from "@/lib/endorsements/overdue.server";
import { changedSince, decide, decideMany } from "@/lib/endorsements/review.server";
import { openReview, pruneReviewViews } from "@/lib/endorsements/review-views.server";
import { sendDailyDigests } from "@/lib/staff/digest.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementIn } from "./support/endorsers";
import { startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let moderator: LifecycleActor & { id: string; email: string };
const day = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * day);
const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

const awaitingReview = (overrides: Record<string, unknown> = {}) => endorsementIn("AWAITING_REVIEW", overrides);

const stillReviewing = {
  en: "Still being reviewed",
  fr: "Toujours en cours d’examen",
  es: "Todavía en revisión",
  ar: "لا يزال قيد المراجعة",
};
const stillReviewingMails = async (address: string, locale: keyof typeof stillReviewing) =>
  (await smtp.to(address)).filter((mail) => mail.subject?.startsWith(stillReviewing[locale]));

describe(`moderation on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@moderation.test", name: "Moussa", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
  });
  afterAll(async () => {
    await deliverDueEmails();
    await smtp?.stop();
    await database?.close();
  });
  beforeEach(async () => {
    await deliverDueEmails();
    smtp.inbox.length = 0;
  });

  it("the daily digest goes only to staff who opted in, once a day from 06:00 UTC, and only when something waits", async () => {
    const digestReader = await database.prisma.staffUser.create({
      data: { email: "digest@moderation.test", name: "Dia", passwordHash: "x", dailyDigest: true },
    });
    await database.prisma.staffUser.create({
      data: { email: "quiet@moderation.test", name: "Quiet", passwordHash: "x" },
    });
    await database.prisma.staffUser.create({
      data: {
        email: "gone@moderation.test",
        name: "Gone",
        passwordHash: "x",
        dailyDigest: true,
        disabledAt: new Date(),
      },
    });
    const tomorrow = new Date(Date.now() + day);
    const at = (hour: number, plusDays = 0) =>
      new Date(Date.UTC(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth(), tomorrow.getUTCDate() + plusDays, hour));

    expect(await sendDailyDigests(at(7))).toBe(0); // nothing waits yet
    const e = await awaitingReview();
    expect(await sendDailyDigests(at(5))).toBe(0); // too early in the day
    expect(await sendDailyDigests(at(7))).toBe(1);
    expect(await sendDailyDigests(at(9))).toBe(0); // already had today's
    const [digest] = await smtp.to(digestReader.email);
    expect(digest?.subject).toBe("We are ALE: 1 endorsement waiting for review");
    expect(digest?.text).toContain("https://we-are-ale.test/admin/endorsements");
    expect(digest?.html).toContain('href="https://we-are-ale.test/admin/endorsements"');
    expect(await smtp.to("quiet@moderation.test")).toHaveLength(0);
    expect(await smtp.to("gone@moderation.test")).toHaveLength(0);

    // A week later it is overdue, and the digest names it.
    expect(await sendDailyDigests(at(7, 6))).toBe(1);
    const later = (await smtp.to(digestReader.email)).at(-1);
    expect(later?.subject).toBe("We are ALE: 1 endorsement waiting for review (1 overdue)");
    const waited = Math.floor((at(7, 6).getTime() - (e.confirmedAt ?? e.createdAt).getTime()) / day);
    expect(later?.text).toContain(`${e.name} (SN): ${waited} days`);
    await decide(moderator, e.id, { kind: "approve" });
  });

  it("the digest is written in each staff member's admin language, text and HTML", async () => {
    const french = await database.prisma.staffUser.create({
      data: { email: "fr@moderation.test", name: "Fanny", passwordHash: "x", dailyDigest: true, adminLocale: "fr" },
    });
    const spanish = await database.prisma.staffUser.create({
      data: { email: "es@moderation.test", name: "Sol", passwordHash: "x", dailyDigest: true, adminLocale: "es" },
    });
    const e = await awaitingReview();
    const later = new Date(Date.now() + 40 * day);
    const at = new Date(Date.UTC(later.getUTCFullYear(), later.getUTCMonth(), later.getUTCDate(), 7));
    expect(await sendDailyDigests(at)).toBeGreaterThanOrEqual(2);
    const [fr] = await smtp.to(french.email);
    expect(fr?.subject).toMatch(/^We are ALE : \d+ adhésions? en attente de relecture \(\d+ en retard\)$/);
    expect(fr?.text).toContain(`${e.name} (SN) : `);
    expect(fr?.text).toContain("Ouvrir la file d’attente : https://we-are-ale.test/admin/endorsements");
    expect(fr?.html).toContain('<html lang="fr">');
    expect(fr?.html).toContain(">Ouvrir la file d’attente</a>");
    const [es] = await smtp.to(spanish.email);
    expect(es?.subject).toMatch(
      /^We are ALE: \d+ adhesi(ón pendiente|ones pendientes) de revisión \(\d+ con retraso\)$/,
    );
    expect(es?.html).toContain("Recibe este mensaje porque activó el resumen diario");
    await decide(moderator, e.id, { kind: "approve" });
  });

  it("an endorsement is overdue after REVIEW_OVERDUE_DAYS (5) in the queue, counted from its last entry", async () => {
    const e = await awaitingReview();
    expect((await overdueReviews(daysFromNow(4))).items.map((item) => item.id)).not.toContain(e.id);
    const overdue = await overdueReviews(daysFromNow(6));
    expect(overdue.days).toBe(5);
    expect(overdue.items.find((item) => item.id === e.id)?.days).toBe(6);

    // Approved, then edited by the endorser: back in the queue, the clock starts again.
    await approveEndorsement(e.id, moderator);
    await updateEndorsement(e.id, { ...e.input, statement: "We teach adults every evening." });
    expect((await overdueReviews(daysFromNow(4))).items.map((item) => item.id)).not.toContain(e.id);
    expect((await overdueReviews(daysFromNow(6))).items.map((item) => item.id)).toContain(e.id);
    await decide(moderator, e.id, { kind: "approve" });
  });

  it("the endorser gets one 'still being reviewed' email per wait, in their language, with text and HTML", async () => {
    const byLocale = {
      en: await awaitingReview({ locale: "en" }),
      fr: await awaitingReview({ locale: "fr" }),
      es: await awaitingReview({ locale: "es" }),
      ar: await awaitingReview({ locale: "ar" }),
    };
    const before = await database.prisma.endorsement.findUniqueOrThrow({ where: { id: byLocale.en.id } });

    expect(await sendReviewReminders(daysFromNow(4))).toBe(0); // not overdue yet
    expect(await sendReviewReminders(daysFromNow(6))).toBe(4);
    expect(await sendReviewReminders(daysFromNow(7))).toBe(0); // once, not every run

    for (const [locale, e] of Object.entries(byLocale)) {
      const mails = await stillReviewingMails(e.contactEmail, locale as keyof typeof stillReviewing);
      expect(mails, locale).toHaveLength(1);
      expect(mails[0].subject).toContain(e.name); // the prefix was checked by stillReviewingMails
      expect(mails[0].text).toContain(e.name);
      expect(mails[0].html).toContain(`lang="${locale}"`);
      expect(mails[0].html).toContain(locale === "ar" ? 'dir="rtl"' : 'dir="ltr"');
    }

    // Audited as the system's; the record's version is kept, so an open review page stays valid.
    const after = await database.prisma.endorsement.findUniqueOrThrow({ where: { id: byLocale.en.id } });
    expect(after.updatedAt.getTime()).toBe(before.updatedAt.getTime());
    expect(after.reviewReminderSentAt).not.toBeNull();
    const audit = await database.prisma.auditEntry.findMany({
      where: { entityId: byLocale.en.id, action: "endorsement.remindReview" },
    });
    expect(audit.map((entry) => entry.actorKind)).toEqual(["SYSTEM"]);
    expect(await decide(moderator, byLocale.en.id, { kind: "approve" }, { updatedAt: before.updatedAt })).toBe(true);

    // A new wait (the endorser edited it after approval) earns one new reminder.
    await updateEndorsement(byLocale.en.id, { ...byLocale.en.input, city: "Leeds" });
    smtp.inbox.length = 0;
    expect(await sendReviewReminders(daysFromNow(6))).toBe(1);
    expect(await stillReviewingMails(byLocale.en.contactEmail, "en")).toHaveLength(1);
    for (const e of Object.values(byLocale)) await decide(moderator, e.id, { kind: "approve" });
  });

  it("a decision on a stale view is refused and changes nothing; a fresh one counts", async () => {
    const e = await awaitingReview();
    const seen = { updatedAt: e.updatedAt };
    await pause();
    await editPublicFields(moderator, e.id, { ...e.input, name: `${e.input.name} (corrected)` });
    expect(await decide(moderator, e.id, { kind: "reject", reason: { stock: "notAle" } }, seen)).toBe(false);
    expect(await changedSince(e.id, seen)).toBe(true);
    const unchanged = await database.prisma.endorsement.findUniqueOrThrow({ where: { id: e.id } });
    expect(unchanged.status).toBe("AWAITING_REVIEW");
    expect(unchanged.rejectionReason).toBeNull();
    expect(await database.prisma.auditEntry.count({ where: { entityId: e.id, action: "endorsement.reject" } })).toBe(0);

    const fresh = { updatedAt: unchanged.updatedAt };
    expect(await changedSince(e.id, fresh)).toBe(false);
    expect(await decide(moderator, e.id, { kind: "approve" }, fresh)).toBe(true);
    // The other moderator's page still shows the old version: refused, even though approve would be allowed.
    expect(await decide(moderator, e.id, { kind: "reject", reason: { stock: "notAle" } }, fresh)).toBe(false);
    expect(await changedSince(e.id, fresh)).toBe(true);
  });

  it("a bulk decision skips and names the items changed since the queue showed them, and decides the rest", async () => {
    const untouched = await awaitingReview();
    const edited = await awaitingReview();
    const decidedElsewhere = await awaitingReview();
    const shown = (e: { id: string; updatedAt: Date }) => ({ id: e.id, seen: { updatedAt: e.updatedAt } });
    await pause();
    await updateEndorsement(edited.id, { ...edited.input, statement: "Changed while the queue was open." });
    await decide(moderator, decidedElsewhere.id, { kind: "reject", reason: { stock: "incomplete" } });

    const outcome = await decideMany(moderator, [shown(untouched), shown(edited), shown(decidedElsewhere)], {
      kind: "approve",
    });
    expect(outcome).toEqual({ done: 1, stale: [edited.id, decidedElsewhere.id] });
    const status = async (id: string) =>
      (await database.prisma.endorsement.findUniqueOrThrow({ where: { id } })).status;
    expect(await status(untouched.id)).toBe("APPROVED");
    expect(await status(edited.id)).toBe("AWAITING_REVIEW");
    expect(await status(decidedElsewhere.id)).toBe("REJECTED");
    await decide(moderator, edited.id, { kind: "approve" });
  });

  it("two moderators opening the same endorsement see each other for ten minutes", async () => {
    const e = await awaitingReview();
    const other = await database.prisma.staffUser.create({
      data: { email: "other@moderation.test", name: "Ndeye", passwordHash: "x", role: "MODERATOR" },
    });
    const now = new Date();
    expect(await openReview(e.id, moderator.id, now)).toEqual([]);
    const seenByOther = await openReview(e.id, other.id, new Date(now.getTime() + 60_000));
    expect(seenByOther.map((view) => view.name)).toEqual(["Moussa"]);
    expect((await openReview(e.id, moderator.id, new Date(now.getTime() + 120_000))).map((v) => v.email)).toEqual([
      "other@moderation.test",
    ]);
    // Ten minutes after the moderator's last look, the other no longer sees them.
    expect(await openReview(e.id, other.id, new Date(now.getTime() + 13 * 60_000))).toEqual([]);
    expect(await pruneReviewViews(new Date(now.getTime() + 2 * day))).toBe(2);
  });
});
