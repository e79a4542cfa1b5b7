import "server-only";
import { db } from "../db/client.server";
import { sendEmailOrLog } from "../email/mailer.server";
import type { EndorsementStatus } from "../generated/prisma/client";
import { redeemToken } from "../security/tokens.server";
import { endorsementEmail, siteLink } from "./emails.server";
import { forgetWallCounts } from "./wall.server";

const publicPaths = ["/[locale]", "/[locale]/endorsers", "/[locale]/call-to-action"];

/** Drops cached public pages that show endorsers; a no-op outside a Next.js server (scripts). */
async function refreshPublicPages(slug?: string) {
  forgetWallCounts();
  try {
    const { revalidatePath } = await import("next/cache");
    for (const path of publicPaths) revalidatePath(path, "page");
    if (slug) revalidatePath("/[locale]/endorsers/[slug]", "page");
  } catch {
    // Called from a command-line script: pages refresh within their revalidate time.
  }
}

async function moveTo(id: string, from: EndorsementStatus[], to: EndorsementStatus, extra: object, note?: string) {
  const now = new Date();
  const moved = await db().endorsement.updateManyAndReturn({
    where: { id, status: { in: from } },
    data: { status: to, ...extra },
  });
  const endorsement = moved[0];
  if (!endorsement) return null;
  await db().endorsementStatusChange.create({
    data: { endorsementId: id, fromStatus: from.length === 1 ? from[0] : undefined, toStatus: to, note, at: now },
  });
  return endorsement;
}

/** Double opt-in: the emailed link moves the endorsement to the review queue. */
export async function confirmEndorsement(token: string) {
  const id = await redeemToken(token, "CONFIRM");
  if (!id) return null;
  const endorsement = await moveTo(id, ["AWAITING_CONFIRMATION"], "AWAITING_REVIEW", { confirmedAt: new Date() });
  if (!endorsement) return null;
  await sendEmailOrLog(
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

export async function approveEndorsement(id: string) {
  const endorsement = await moveTo(id, ["AWAITING_REVIEW", "REJECTED"], "APPROVED", { approvedAt: new Date() });
  if (!endorsement) return null;
  await refreshPublicPages(endorsement.slug);
  await sendEmailOrLog(
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

export async function rejectEndorsement(id: string, reason: string) {
  const endorsement = await moveTo(
    id,
    ["AWAITING_REVIEW", "APPROVED"],
    "REJECTED",
    { rejectedAt: new Date(), rejectionReason: reason },
    reason,
  );
  if (!endorsement) return null;
  await refreshPublicPages(endorsement.slug);
  await sendEmailOrLog(
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

/** Deletes sign-ups never confirmed within 30 days, with their tokens, and expired tokens. */
export async function purgeUnconfirmed(now = new Date()) {
  const cutoff = new Date(now.getTime() - 30 * 86_400_000);
  const removed = await db().endorsement.deleteMany({
    where: { status: "AWAITING_CONFIRMATION", createdAt: { lt: cutoff } },
  });
  await db().emailToken.deleteMany({ where: { expiresAt: { lt: now } } });
  return removed.count;
}
