import "server-only";
import { actionProgressCounts } from "../content/campaign.server";
import { db } from "../db/client.server";

// Campaign statistics for the dashboard (decision 021's companion: how the funnel and the follow-up
// are doing). Counts only; no personal data leaves the database.

const day = 86_400_000;
/** A sign-up unconfirmed for a week is counted as never confirmed (housekeeping deletes it at 30 days). */
const unconfirmedAfterDays = 7;

export const moderationBuckets = [
  { key: "under1", upTo: 1 },
  { key: "from1to2", upTo: 2 },
  { key: "from2to5", upTo: 5 },
  { key: "from5to10", upTo: 10 },
  { key: "over10", upTo: Number.POSITIVE_INFINITY },
] as const;

export async function campaignStatistics(now = new Date()) {
  const staleSince = new Date(now.getTime() - unconfirmedAfterDays * day);
  const [
    submitted,
    confirmed,
    staleUnconfirmed,
    purges,
    duplicates,
    approved,
    subscribed,
    unsubscribes,
    decisions,
    progress,
  ] = await Promise.all([
    db().endorsement.count(),
    db().endorsement.count({ where: { confirmedAt: { not: null } } }),
    db().endorsement.count({ where: { status: "AWAITING_CONFIRMATION", createdAt: { lt: staleSince } } }),
    db().auditEntry.findMany({ where: { action: "endorsement.purge" }, select: { after: true } }),
    db().auditEntry.count({ where: { action: "endorsement.duplicateAttempt" } }),
    db().endorsement.count({ where: { status: "APPROVED" } }),
    db().endorsement.count({ where: { status: "APPROVED", consentEmails: true } }),
    db().auditEntry.count({ where: { action: "endorsement.unsubscribe" } }),
    db().$queryRaw<{ days: number }[]>`
        SELECT EXTRACT(EPOCH FROM (COALESCE("approvedAt", "rejectedAt") - "confirmedAt")) / 86400 AS days
        FROM "Endorsement"
        WHERE "confirmedAt" IS NOT NULL AND COALESCE("approvedAt", "rejectedAt") >= "confirmedAt"`,
    actionProgressCounts(),
  ]);
  const purged = purges.reduce((sum, entry) => sum + Number((entry.after as { count?: number } | null)?.count ?? 0), 0);
  const everSubmitted = submitted + purged;
  const waits = decisions.map((row) => Number(row.days)).sort((a, b) => a - b);
  const percentile = (p: number) =>
    waits.length ? waits[Math.min(waits.length - 1, Math.floor(p * waits.length))] : null;
  return {
    everSubmitted,
    confirmed,
    neverConfirmed: purged + staleUnconfirmed,
    duplicates,
    approved,
    subscribed,
    unsubscribes,
    /** Per action number: approved endorsers committed to it, who started it, who did it. */
    progress,
    moderation: {
      decided: waits.length,
      medianDays: percentile(0.5),
      p90Days: percentile(0.9),
      buckets: moderationBuckets.map((bucket, index) => ({
        key: bucket.key,
        value: waits.filter((wait) => wait < bucket.upTo && (index === 0 || wait >= moderationBuckets[index - 1].upTo))
          .length,
      })),
    },
  };
}
