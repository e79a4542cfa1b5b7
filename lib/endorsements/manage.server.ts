import "server-only";
import { emailHash } from "../crypto/data-key.server";
import { db } from "../db/client.server";
import { emailsTo, queueEmail } from "../email/queue.server";
import { subjectOf } from "../public-record/chain";
import { afterAnswer } from "../security/after-answer.server";
import { consume } from "../security/rate-limit.server";
import { issueToken } from "../security/tokens.server";
import { byContactEmail, withContact } from "./contact.server";
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
    { key: `manage:email-ip:${emailHash(address)}|${ip}`, max: 3, windowSeconds: 3600 },
  ]);
  if (!allowed) return;
  await afterAnswer(async () => {
    const row = await db().endorsement.findFirst({ where: byContactEmail(address) });
    if (!row) return;
    const endorsement = withContact(row);
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
  const row = await db().endorsement.findUnique({
    where: { id },
    include: { commitments: { orderBy: { actionNumber: "asc" } }, logo: { select: { sha256: true } } },
  });
  return row && withContact(row);
}

/**
 * Everything held about an endorsement, for its contact (the manage link's download): the record,
 * its commitments and history, the logo's details, the emails sent to the address, what the audit
 * log and the public record say about it. Staff are named by role only.
 */
export async function personalDataExport(id: string) {
  const endorsement = await db().endorsement.findUnique({
    where: { id },
    include: {
      commitments: {
        select: {
          actionNumber: true,
          progress: true,
          progressAt: true,
          progressNote: true,
          progressLink: true,
          pendingNote: true,
          pendingLink: true,
          pendingAt: true,
        },
        orderBy: { actionNumber: "asc" },
      },
      statusChanges: { orderBy: { at: "asc" }, select: { at: true, fromStatus: true, toStatus: true, note: true } },
      logo: { select: { sha256: true, contentType: true, width: true, height: true, createdAt: true } },
      invitedBy: { select: { name: true } },
      _count: { select: { invitees: true } },
    },
  });
  if (!endorsement) return null;
  const {
    logoId: _logoId,
    invitedById: _invitedById,
    contactEmailHash: _hash,
    commitments,
    logo,
    _count,
    ...fields
  } = withContact(endorsement);
  const [emails, audit, publicRecord] = await Promise.all([
    db().outboundEmail.findMany({
      where: emailsTo(fields.contactEmail),
      orderBy: { createdAt: "asc" },
      select: { createdAt: true, subject: true, status: true, sentAt: true },
    }),
    db().auditEntry.findMany({
      where: { entityType: "Endorsement", entityId: id },
      orderBy: { id: "asc" },
      select: { at: true, actorKind: true, action: true, before: true, after: true },
    }),
    db().publicRecordEntry.findMany({
      where: { subject: subjectOf(id) },
      orderBy: { seq: "asc" },
      select: { seq: true, at: true, action: true, reason: true, hash: true },
    }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    endorsement: {
      ...fields,
      commitments: commitments.map((c) => c.actionNumber),
      progress: commitments.map(({ actionNumber, ...progress }) => ({ action: actionNumber, ...progress })),
      invitedBy: fields.invitedBy?.name ?? null,
      organisationsInvited: _count.invitees,
    },
    logo: logo && { ...logo, url: siteLink(`/media/${logo.sha256}`) },
    emailsSent: emails,
    auditLog: audit,
    publicRecord,
  };
}
