import "server-only";
import { stripOldAuditDetails } from "../audit/audit.server";
import { cacheTags, dependsOn } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import { pruneOldEmails } from "../email/queue.server";
import { eraseClosedContacts, purgeUnconfirmed } from "../endorsements/lifecycle.server";
import { getSettings } from "../settings.server";

// Retention as configured by admins (decision 026), run by housekeeping. Each step is idempotent,
// so a missed run is caught up by the next one.

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function applyRetention(now = new Date()) {
  const { unconfirmedDays, closedContactDays } = await getSettings();
  const cutoff = daysBefore(now, closedContactDays);
  const held = await db().endorsement.findMany({ where: { retentionHold: true }, select: { id: true } });
  return {
    unconfirmed: await purgeUnconfirmed(now, unconfirmedDays),
    contacts: await eraseClosedContacts(now, closedContactDays),
    auditEntries: await stripOldAuditDetails(cutoff, { entityType: "Endorsement", ids: held.map((e) => e.id) }),
    emails: await pruneOldEmails(cutoff),
  };
}

/** The retention periods in force, for the privacy notice (cached; dropped when admins change them). */
export async function retentionPeriods() {
  await dependsOn(cacheTags.settings);
  const { unconfirmedDays, closedContactDays } = await getSettings();
  return { unconfirmedDays, closedContactDays };
}
