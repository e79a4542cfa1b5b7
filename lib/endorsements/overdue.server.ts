import "server-only";
import { db } from "../db/client.server";
import { env } from "../env.server";
import type { Prisma } from "../generated/prisma/client";
import { remindReview } from "./lifecycle.server";

// Moderation that never stalls (decision 021): an endorsement is overdue when it has waited for review
// longer than REVIEW_OVERDUE_DAYS since it last entered the queue (confirmed, updated by the endorser
// or brought back), which every entry records as a status change.

const day = 86_400_000;

export function overdueDays() {
  return env().REVIEW_OVERDUE_DAYS;
}

function overdueWhere(now: Date): Prisma.EndorsementWhereInput {
  const cutoff = new Date(now.getTime() - overdueDays() * day);
  return {
    status: "AWAITING_REVIEW",
    statusChanges: {
      some: { toStatus: "AWAITING_REVIEW" },
      none: { toStatus: "AWAITING_REVIEW", at: { gte: cutoff } },
    },
  };
}

const lastEntry = {
  statusChanges: {
    where: { toStatus: "AWAITING_REVIEW" as const },
    orderBy: { at: "desc" as const },
    take: 1,
    select: { at: true },
  },
};

/** The overdue endorsements, longest waiting first (at most `take`), and how many there are. */
export async function overdueReviews(now = new Date(), take = 10) {
  const where = overdueWhere(now);
  const [count, rows] = await Promise.all([
    db().endorsement.count({ where }),
    db().endorsement.findMany({
      where,
      orderBy: [{ confirmedAt: "asc" }, { id: "asc" }],
      take: 500,
      select: { id: true, name: true, countryCode: true, ...lastEntry },
    }),
  ]);
  const items = rows
    .map(({ statusChanges, ...row }) => {
      const since = statusChanges[0]?.at ?? now;
      return { ...row, waitingSince: since, days: Math.floor((now.getTime() - since.getTime()) / day) };
    })
    .sort((a, b) => a.waitingSince.getTime() - b.waitingSince.getTime())
    .slice(0, take);
  return { count, items, days: overdueDays() };
}

/**
 * Housekeeping: one "still being reviewed" email per wait to the endorser of each overdue
 * endorsement (none if a reminder was already sent since it last entered the queue).
 */
export async function sendReviewReminders(now = new Date()) {
  let sent = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await db().endorsement.findMany({
      where: overdueWhere(now),
      orderBy: { id: "asc" },
      take: 200,
      ...(after && { cursor: { id: after }, skip: 1 }),
      select: { id: true, reviewReminderSentAt: true, ...lastEntry },
    });
    for (const row of batch) {
      const since = row.statusChanges[0]?.at;
      const remindedThisWait = row.reviewReminderSentAt && since && row.reviewReminderSentAt >= since;
      if (!remindedThisWait && (await remindReview(row.id, row.reviewReminderSentAt))) sent += 1;
    }
    if (batch.length < 200) return sent;
    after = batch.at(-1)?.id;
  }
}
