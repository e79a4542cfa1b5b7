import "server-only";
import { db } from "../db/client.server";

// Who else has an endorsement's review page open: each view refreshes a row, and rows younger than
// `openFor` count as open. Nothing is locked; the decision itself is protected by the version the
// page showed (lifecycle.server.ts `Seen`).

const openFor = 10 * 60_000;

/** Records that `staffId` opened the review page and returns the other staff seen there recently. */
export async function openReview(endorsementId: string, staffId: string, now = new Date()) {
  await db().reviewView.upsert({
    where: { endorsementId_staffId: { endorsementId, staffId } },
    create: { endorsementId, staffId, seenAt: now },
    update: { seenAt: now },
  });
  const others = await db().reviewView.findMany({
    where: { endorsementId, staffId: { not: staffId }, seenAt: { gte: new Date(now.getTime() - openFor) } },
    orderBy: { seenAt: "desc" },
    select: { seenAt: true, staff: { select: { name: true, email: true } } },
  });
  return others.map((view) => ({ name: view.staff.name, email: view.staff.email, seenAt: view.seenAt }));
}

/** Housekeeping: view rows older than a day tell nothing any more. */
export async function pruneReviewViews(now = new Date()) {
  const { count } = await db().reviewView.deleteMany({
    where: { seenAt: { lt: new Date(now.getTime() - 86_400_000) } },
  });
  return count;
}
