import "server-only";
import { db } from "../db/client.server";
import { queueEmail } from "../email/queue.server";
import { afterAnswer } from "../security/after-answer.server";
import { consume } from "../security/rate-limit.server";
import { issueToken } from "../security/tokens.server";
import { endorsementEmail, siteLink } from "./emails.server";

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
