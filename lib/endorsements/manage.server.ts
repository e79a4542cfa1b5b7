import "server-only";
import { db } from "../db/client.server";
import { queueEmail } from "../email/queue.server";
import { consume } from "../security/rate-limit.server";
import { issueToken } from "../security/tokens.server";
import { endorsementEmail, siteLink } from "./emails.server";
import { publicFieldsData } from "./review.server";
import type { EndorsementInput } from "./schema";
import { forgetWallCounts } from "./wall.server";

/**
 * Emails a manage link if an endorsement uses this address; says nothing either way. The answer
 * costs the same whether or not the address exists: only the rate limits are counted before it,
 * and the lookup and email happen after it. The per-email limit is per email *and* address, so a
 * stranger cannot use up the owner's requests.
 */
export async function requestManageLink(email: string, locale: string, ip: string) {
  const address = email.trim().toLowerCase();
  const allowed = await consume([
    { key: `manage:ip:${ip}`, max: 10, windowSeconds: 3600 },
    { key: `manage:email-ip:${address}|${ip}`, max: 3, windowSeconds: 3600 },
  ]);
  if (!allowed) return;
  // Imported here so this change stays inside this function (lib/security/after-answer.server.ts).
  const { afterAnswer } = await import("../security/after-answer.server");
  await afterAnswer(async () => {
    const endorsement = await db().endorsement.findUnique({ where: { contactEmail: address } });
    if (!endorsement) return;
    const token = await issueToken(endorsement.id, "MANAGE");
    await queueEmail(
      endorsementEmail({
        kind: "manage",
        locale,
        to: endorsement.contactEmail,
        contactName: endorsement.contactName,
        organisation: endorsement.name,
        link: siteLink(`/api/manage?token=${token}&locale=${locale}`),
      }),
    );
  });
}

export async function getManagedEndorsement(id: string) {
  return db().endorsement.findUnique({
    where: { id },
    include: { commitments: true, logo: { select: { sha256: true } } },
  });
}

/** Saves the contact's changes; an approved endorsement goes back to review when its public details change. */
export async function updateEndorsement(id: string, input: EndorsementInput, logoImageId?: string) {
  const current = await db().endorsement.findUniqueOrThrow({ where: { id } });
  const backToReview = current.status === "APPROVED";
  await db().$transaction([
    db().commitment.deleteMany({ where: { endorsementId: id } }),
    db().endorsement.update({
      where: { id },
      data: {
        ...publicFieldsData(input),
        contactName: input.contactName,
        contactRole: input.contactRole,
        consentEmails: input.consentEmails,
        locale: input.locale,
        ...(logoImageId ? { logoId: logoImageId } : {}),
        ...(backToReview ? { status: "AWAITING_REVIEW" as const, approvedAt: null } : {}),
        commitments: { create: input.commitments.map((actionNumber) => ({ actionNumber })) },
        ...(backToReview
          ? {
              statusChanges: {
                create: {
                  fromStatus: "APPROVED" as const,
                  toStatus: "AWAITING_REVIEW" as const,
                  note: "Updated by the contact",
                },
              },
            }
          : {}),
      },
    }),
  ]);
}

/** Deletes the endorsement and everything about it (the logo too, unless another record uses it). */
export async function eraseEndorsement(id: string) {
  forgetWallCounts();
  const endorsement = await db().endorsement.delete({ where: { id }, select: { logoId: true } });
  if (endorsement.logoId) {
    const stillUsed =
      (await db().endorsement.count({ where: { logoId: endorsement.logoId } })) +
      (await db().partner.count({ where: { logoId: endorsement.logoId } }));
    if (!stillUsed)
      await db()
        .image.delete({ where: { id: endorsement.logoId } })
        .catch(() => undefined);
  }
}
