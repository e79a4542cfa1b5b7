import "server-only";
import { cacheTags, dependsOn } from "../cache/invalidation.server";
import { type Database, db } from "../db/client.server";
import { publicRecordOf } from "../endorsements/open-data.server";
import { publicEndorserFields } from "../endorsements/wall.server";
import { Prisma } from "../generated/prisma/client";
import { type Entry, type EntryAction, nextEntry, type PublicRecord, recordHashOf, subjectOf } from "./chain";

// Appends to the hash-chained changelog of the public list, inside the transaction that changed it
// (lifecycle.server.ts transition()). Appends are serialised by a transaction-scoped advisory lock,
// so two instances cannot both extend the same head and fork the chain.

type Tx = Prisma.TransactionClient;

/** Any constant: the advisory lock that orders appends ("ALE" + issue 16). */
const appendLock = 41_454_916;

const publicWhere = { status: "APPROVED", consentPublic: true } as const;

function toEntry(row: {
  seq: number;
  at: Date;
  action: string;
  reason: string;
  subject: string;
  record: Prisma.JsonValue;
  recordHash: string | null;
  prevHash: string;
  hash: string;
}): Entry {
  return {
    ...row,
    at: row.at.toISOString(),
    action: row.action as EntryAction,
    record: row.record as PublicRecord | null,
  };
}

async function append(
  tx: Tx,
  change: { action: EntryAction; reason: string; subject: string; record: PublicRecord | null },
) {
  const head = await tx.publicRecordEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const entry = nextEntry(head ?? undefined, { ...change, at: new Date() });
  await tx.publicRecordEntry.create({
    data: {
      ...entry,
      at: new Date(entry.at),
      record: (entry.record as Prisma.InputJsonObject | null) ?? Prisma.DbNull,
    },
  });
}

/**
 * Records what a change did to the public list: the endorsement joined it, changed its public
 * fields, or left it. Compares with the subject's last entry, so a change that touched nothing
 * public (a flag, a contact's new role) appends nothing. On erasure every earlier record of the
 * organisation is blanked; the hashes stay, so the chain still verifies.
 */
export async function recordPublicChange(tx: Tx, endorsementId: string, reason: string, erased: boolean) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${appendLock})`;
  const subject = subjectOf(endorsementId);
  const last = await tx.publicRecordEntry.findFirst({
    where: { subject },
    orderBy: { seq: "desc" },
    select: { action: true, recordHash: true },
  });
  const listed = Boolean(last && last.action !== "removed");
  if (erased) await tx.publicRecordEntry.updateMany({ where: { subject }, data: { record: Prisma.DbNull } });
  const row = erased
    ? null
    : await tx.endorsement.findFirst({ where: { id: endorsementId, ...publicWhere }, select: publicEndorserFields });
  if (!row) {
    if (listed) await append(tx, { action: "removed", reason, subject, record: null });
    return;
  }
  const record = publicRecordOf(row);
  if (listed && last?.recordHash === recordHashOf(record)) return;
  await append(tx, { action: listed ? "changed" : "added", reason, subject, record });
}

/**
 * Adds the public endorsers the record does not list, as "added" entries with reason "existing":
 * a site whose list predates the record, or demo data seeded straight into the table. Run at
 * setup; a no-op when the record and the list agree.
 */
export async function startPublicRecord(prisma: Database = db()) {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${appendLock})`;
      const missing = await tx.$queryRaw<{ id: string }[]>`
        WITH "last" AS (
          SELECT DISTINCT ON ("subject") "subject", "action" FROM "PublicRecordEntry" ORDER BY "subject", "seq" DESC
        )
        SELECT e."id" FROM "Endorsement" e
        LEFT JOIN "last" l ON l."subject" = encode(sha256(convert_to('endorsement:' || e."id", 'UTF8')), 'hex')
        WHERE e."status" = 'APPROVED' AND e."consentPublic" AND (l."action" IS NULL OR l."action" = 'removed')`;
      if (missing.length === 0) return 0;
      const rows = await tx.endorsement.findMany({
        where: { id: { in: missing.map((row) => row.id) } },
        orderBy: [{ approvedAt: "asc" }, { id: "asc" }],
        select: { id: true, ...publicEndorserFields },
      });
      for (const { id, ...row } of rows)
        await append(tx, { action: "added", reason: "existing", subject: subjectOf(id), record: publicRecordOf(row) });
      return rows.length;
    },
    { timeout: 600_000 },
  );
}

export const recordPageSize = 1000;

/** Entries after `afterSeq`, oldest first, a page at a time. */
export async function recordPage(afterSeq = 0) {
  const rows = await db().publicRecordEntry.findMany({
    where: { seq: { gt: afterSeq } },
    orderBy: { seq: "asc" },
    take: recordPageSize + 1,
  });
  const page = rows.slice(0, recordPageSize).map(toEntry);
  return { entries: page, next: rows.length > recordPageSize ? page.at(-1)?.seq : undefined };
}

/**
 * The record's last entry (seq 0 and no hash before the first): the version of the public list. It
 * moves in the very transaction that changes the list, so every instance sees both together.
 */
export async function recordHead(): Promise<{ seq: number; hash: string }> {
  const head = await db().publicRecordEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  return head ?? { seq: 0, hash: "" };
}

/** The head as the current day began (UTC), to quote and archive, and the head now. */
export async function publicRecordHeads(now = new Date()) {
  await dependsOn(cacheTags.endorsers);
  const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const select = { seq: true, hash: true, at: true } as const;
  const [daily, current] = await Promise.all([
    db().publicRecordEntry.findFirst({ where: { at: { lt: dayStart } }, orderBy: { seq: "desc" }, select }),
    db().publicRecordEntry.findFirst({ orderBy: { seq: "desc" }, select }),
  ]);
  return { dayStart, daily, current };
}
