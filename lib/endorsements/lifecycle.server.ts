import "server-only";
import { db } from "../db/client.server";
import { queueEmail } from "../email/queue.server";
import type { EndorsementStatus } from "../generated/prisma/client";
import { refreshPages } from "../refresh-pages.server";
import { redeemToken } from "../security/tokens.server";
import { endorsementEmail, siteLink } from "./emails.server";
import { forgetWallCounts } from "./wall.server";

/** Drops cached public pages that show endorsers. */
async function refreshPublicPages(slug?: string) {
  forgetWallCounts();
  await refreshPages([
    "/[locale]",
    "/[locale]/endorsers",
    "/[locale]/endorsers/countries",
    "/[locale]/call-to-action",
    ...(slug ? ["/[locale]/endorsers/[slug]"] : []),
  ]);
}

/**
 * Moves an endorsement from one of `from` to `to` and records the change. The update is conditional
 * on the status just read, so two moderators acting at once cannot both move it.
 */
async function moveTo(
  id: string,
  from: EndorsementStatus[],
  to: EndorsementStatus,
  extra: object,
  note?: string,
  actorId?: string,
) {
  const current = await db().endorsement.findUnique({ where: { id }, select: { status: true } });
  if (!current || !from.includes(current.status)) return null;
  const moved = await db().endorsement.updateManyAndReturn({
    where: { id, status: current.status },
    data: { status: to, ...extra },
  });
  const endorsement = moved[0];
  if (!endorsement) return null;
  await db().endorsementStatusChange.create({
    data: { endorsementId: id, fromStatus: current.status, toStatus: to, note, actorId },
  });
  return endorsement;
}

/** Double opt-in: the emailed link moves the endorsement to the review queue. */
export async function confirmEndorsement(token: string) {
  const id = await redeemToken(token, "CONFIRM");
  if (!id) return null;
  const endorsement = await moveTo(id, ["AWAITING_CONFIRMATION"], "AWAITING_REVIEW", { confirmedAt: new Date() });
  if (!endorsement) return null;
  await queueEmail(
    endorsementEmail({
      kind: "received",
      locale: endorsement.locale,
      to: endorsement.contactEmail,
      contactName: endorsement.contactName,
      organisation: endorsement.name,
    }),
  );
  return endorsement;
}

export async function approveEndorsement(id: string, actorId?: string) {
  const endorsement = await moveTo(
    id,
    ["AWAITING_REVIEW", "REJECTED"],
    "APPROVED",
    { approvedAt: new Date(), rejectionReason: null },
    undefined,
    actorId,
  );
  if (!endorsement) return null;
  await refreshPublicPages(endorsement.slug);
  await queueEmail(
    endorsementEmail({
      kind: "approved",
      locale: endorsement.locale,
      to: endorsement.contactEmail,
      contactName: endorsement.contactName,
      organisation: endorsement.name,
      link: siteLink(`/${endorsement.locale}/endorsers/${endorsement.slug}`),
    }),
  );
  return endorsement;
}

export async function rejectEndorsement(id: string, reason: string, actorId?: string) {
  const endorsement = await moveTo(
    id,
    ["AWAITING_REVIEW", "APPROVED"],
    "REJECTED",
    { rejectedAt: new Date(), rejectionReason: reason },
    reason,
    actorId,
  );
  if (!endorsement) return null;
  await refreshPublicPages(endorsement.slug);
  await queueEmail(
    endorsementEmail({
      kind: "rejected",
      locale: endorsement.locale,
      to: endorsement.contactEmail,
      contactName: endorsement.contactName,
      organisation: endorsement.name,
      reason,
    }),
  );
  return endorsement;
}

/** The contact takes the endorsement off the wall (from the manage page). */
export async function withdrawEndorsement(id: string) {
  const endorsement = await moveTo(
    id,
    ["APPROVED", "AWAITING_REVIEW"],
    "WITHDRAWN",
    { withdrawnAt: new Date() },
    "Withdrawn by the contact",
  );
  if (endorsement) await refreshPublicPages(endorsement.slug);
  return endorsement;
}

/** Staff take an endorsement off the wall (the contact is not emailed). */
export async function withdrawByStaff(id: string, actorId: string, note?: string) {
  const endorsement = await moveTo(
    id,
    ["APPROVED", "AWAITING_REVIEW", "REJECTED"],
    "WITHDRAWN",
    { withdrawnAt: new Date() },
    note ?? "Withdrawn by staff",
    actorId,
  );
  if (endorsement) await refreshPublicPages(endorsement.slug);
  return endorsement;
}

/** Undoes a withdrawal: back on the wall if it had been approved, otherwise back in the queue. */
export async function restoreEndorsement(id: string, actorId: string) {
  const current = await db().endorsement.findUnique({ where: { id }, select: { approvedAt: true } });
  if (!current) return null;
  const to: EndorsementStatus = current.approvedAt ? "APPROVED" : "AWAITING_REVIEW";
  const endorsement = await moveTo(id, ["WITHDRAWN"], to, { withdrawnAt: null }, "Restored by staff", actorId);
  if (endorsement) await refreshPublicPages(endorsement.slug);
  return endorsement;
}

export { refreshPublicPages };

/** Deletes sign-ups never confirmed within 30 days, with their tokens, and expired tokens. */
export async function purgeUnconfirmed(now = new Date()) {
  const cutoff = new Date(now.getTime() - 30 * 86_400_000);
  const removed = await db().endorsement.deleteMany({
    where: { status: "AWAITING_CONFIRMATION", createdAt: { lt: cutoff } },
  });
  await db().emailToken.deleteMany({ where: { expiresAt: { lt: now } } });
  return removed.count;
}
