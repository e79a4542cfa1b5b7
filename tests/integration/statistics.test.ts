// The dashboard's campaign statistics, from real sign-ups, confirmations, decisions and unsubscribes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignStatistics } from "@/lib/admin/statistics.server";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import { byContactEmail } from "@/lib/endorsements/contact.server";
import { type LifecycleActor, purgeUnconfirmed, unsubscribeEndorser } from "@/lib/endorsements/lifecycle.server";
import { decide } from "@/lib/endorsements/review.server";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementIn, endorsementInput } from "./support/endorsers";
import { startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let moderator: LifecycleActor;
const day = 86_400_000;

describe(`campaign statistics on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@statistics.test", name: "Mod", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
  });
  afterAll(async () => {
    await deliverDueEmails();
    await smtp?.stop();
    await database?.close();
  });

  it("counts confirmation, never confirmed, duplicates, subscriptions and time to moderation", async () => {
    const empty = await campaignStatistics();
    expect(empty).toMatchObject({ everSubmitted: 0, neverConfirmed: 0, duplicates: 0, approved: 0 });
    expect(empty.moderation.medianDays).toBeNull();

    // Two never confirmed: one deleted by housekeeping, one still there after a week.
    const gone = endorsementInput();
    await submitEndorsement(gone, { ip: "10.7.0.1" });
    await purgeUnconfirmed(new Date(Date.now() + 31 * day));
    const stale = endorsementInput();
    await submitEndorsement(stale, { ip: "10.7.0.2" });
    await database.prisma.endorsement.updateMany({
      where: byContactEmail(stale.contactEmail),
      data: { createdAt: new Date(Date.now() - 8 * day) },
    });
    await submitEndorsement(endorsementInput(), { ip: "10.7.0.3" }); // fresh: not counted as never confirmed

    // Three confirmed; two decided, after 0 and 3 days; one of the approved subscribed, then left.
    const quick = await endorsementIn("APPROVED", { consentEmails: "on" }, moderator);
    const slow = await endorsementIn("AWAITING_REVIEW");
    await database.prisma.endorsement.update({
      where: { id: slow.id },
      data: { confirmedAt: new Date(Date.now() - 3 * day - 3600_000) },
    });
    await decide(moderator, slow.id, { kind: "reject", reason: { stock: "notAle" } });
    const kept = await endorsementIn("APPROVED", { consentEmails: "on" }, moderator);
    await unsubscribeEndorser(quick.id);
    await unsubscribeEndorser(quick.id); // a replay is not a second unsubscribe

    // The same organisation sent again (same address): one duplicate attempt.
    await submitEndorsement(kept.input, { ip: "10.7.0.9" });

    const stats = await campaignStatistics();
    expect(stats).toMatchObject({
      everSubmitted: 6,
      confirmed: 3,
      neverConfirmed: 2,
      duplicates: 1,
      approved: 2,
      subscribed: 1,
      unsubscribes: 1,
    });
    expect(stats.moderation.decided).toBe(3);
    expect(stats.moderation.buckets.map((bucket) => bucket.value)).toEqual([2, 0, 1, 0, 0]);
    expect(stats.moderation.medianDays).toBeLessThan(1);
    expect(stats.moderation.p90Days).toBeGreaterThan(3);
  });
});
