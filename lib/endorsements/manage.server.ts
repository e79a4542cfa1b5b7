import "server-only";
import { db } from "../db/client.server";
import { queueEmail } from "../email/queue.server";
import { consume } from "../security/rate-limit.server";
import { issueToken } from "../security/tokens.server";
import { endorsementEmail, siteLink } from "./emails.server";

/** Emails a manage link if an endorsement uses this address; says nothing either way. */
export async function requestManageLink(email: string, locale: string, ip: string) {
  const address = email.trim().toLowerCase();
  const allowed = await consume([
    { key: `manage:ip:${ip}`, max: 10, windowSeconds: 3600 },
    { key: `manage:email:${address}`, max: 3, windowSeconds: 3600 },
  ]);
  if (!allowed) return;
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
}

export async function getManagedEndorsement(id: string) {
  return db().endorsement.findUnique({
    where: { id },
    include: { commitments: true, logo: { select: { sha256: true } } },
  });
}
