import "server-only";
import { db } from "../db/client.server";
import { peekToken } from "../security/tokens.server";

// What the public endorsement pages read beyond the form itself (the form: form-props.server.ts).

/** The name of the approved endorser whose invite link (`?via=`) brought the visitor, if any. */
export async function inviterName(inviteCode: unknown): Promise<string | null> {
  // Invite codes are short base64url strings; anything else (a NUL byte, say) never reaches a query.
  if (typeof inviteCode !== "string" || !/^[\w-]{1,20}$/.test(inviteCode)) return null;
  const inviter = await db()
    .endorsement.findFirst({ where: { inviteCode, status: "APPROVED" }, select: { name: true } })
    .catch(() => null); // a greeting only: never a reason to fail the form
  return inviter?.name ?? null;
}

/**
 * The organisation confirmed through this page in the last ten minutes, for the thank-you text.
 * Only just confirmed: the page cannot be used to ask about other organisations.
 */
export async function justConfirmedName(slug: string): Promise<string | null> {
  const endorsement = await db().endorsement.findFirst({
    where: { slug, status: "AWAITING_REVIEW", confirmedAt: { gt: new Date(Date.now() - 10 * 60_000) } },
    select: { name: true },
  });
  return endorsement?.name ?? null;
}

/**
 * The organisation a valid confirmation link is for, and whether it ticked the campaign-email box,
 * without using the link up (the button does).
 */
export async function awaitingConfirmation(token: string) {
  const id = await peekToken(token, "CONFIRM");
  if (!id) return null;
  return db().endorsement.findFirst({
    where: { id, status: "AWAITING_CONFIRMATION" },
    select: { name: true, consentEmails: true },
  });
}

/** The organisation a valid reconfirmation link is for, without using the link up (the button does). */
export async function awaitingReconfirmation(token: string) {
  const id = await peekToken(token, "RECONFIRM");
  if (!id) return null;
  return db().endorsement.findFirst({
    where: { id, status: "APPROVED", reconfirmAskedAt: { not: null } },
    select: { name: true },
  });
}
