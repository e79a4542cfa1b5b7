import "server-only";
import { type Database, db } from "../db/client.server";
import { DataKeyError, emailHash, keyring, open, seal } from "./data-key.server";
import { sealedKeyId } from "./sealed";

// Everything that walks the stored sealed values: the one-time sealing of plaintext rows during
// migration (driven by ./migrate-sealing.server.ts), re-encryption under a new key, and the start-up
// check that the key opens the data. Loaded by the server's instrumentation: no migration code here.

const batch = 500;

/**
 * Seals what the plaintext columns hold (run between the two migrations); idempotent, in batches.
 * Returns how many endorsements and queued emails it sealed.
 */
export async function sealPlaintextRows(prisma: Database) {
  let endorsements = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<
      { id: string; contactName: string | null; contactRole: string | null; contactEmail: string | null }[]
    >`SELECT id, "contactName", "contactRole", "contactEmail" FROM "Endorsement"
      WHERE "contactEmailSealed" IS NULL LIMIT ${batch}`;
    for (const row of rows) {
      const email = (row.contactEmail ?? "").toLowerCase();
      await prisma.$executeRaw`UPDATE "Endorsement" SET
        "contactNameSealed" = ${seal(row.contactName ?? "")},
        "contactRoleSealed" = ${row.contactRole === null ? null : seal(row.contactRole)},
        "contactEmailSealed" = ${seal(email)}, "contactEmailHash" = ${emailHash(email)},
        "contactName" = NULL, "contactRole" = NULL, "contactEmail" = NULL
        WHERE id = ${row.id}`;
    }
    endorsements += rows.length;
    if (rows.length < batch) break;
  }
  let emails = 0;
  for (;;) {
    const rows = await prisma.$queryRaw<{ id: string; to: string | null; text: string | null; html: string | null }[]>`
      SELECT id, "to", "text", "html" FROM "OutboundEmail" WHERE "toSealed" IS NULL LIMIT ${batch}`;
    for (const row of rows) {
      await prisma.$executeRaw`UPDATE "OutboundEmail" SET
        "toSealed" = ${seal(row.to ?? "")}, "toHash" = ${emailHash(row.to ?? "")},
        "textSealed" = ${seal(row.text ?? "")}, "htmlSealed" = ${seal(row.html ?? "")},
        "to" = NULL, "text" = NULL, "html" = NULL
        WHERE id = ${row.id}`;
    }
    emails += rows.length;
    if (rows.length < batch) break;
  }
  return { endorsements, emails };
}

const isCurrent = (value: string | null) => value === null || sealedKeyId(value) === keyring().current.id;
const reseal = (value: string) => seal(open(value));

/**
 * `npm run data:reencrypt`: every sealed value and email hash not under the current key is
 * re-sealed, in batches of 500 rows; safe to re-run (rows already current are skipped).
 */
export async function reencryptAll(prisma: Database, progress: (line: string) => void = () => {}) {
  const endorsements = await reencryptTable("endorsements", progress, {
    page: (after) =>
      prisma.endorsement.findMany({
        select: {
          id: true,
          contactNameSealed: true,
          contactRoleSealed: true,
          contactEmailSealed: true,
          contactEmailHash: true,
        },
        orderBy: { id: "asc" },
        take: batch,
        ...(after && { cursor: { id: after }, skip: 1 }),
      }),
    isCurrent: (row) =>
      [row.contactNameSealed, row.contactRoleSealed, row.contactEmailSealed].every(isCurrent) &&
      hashIsCurrent(row.contactEmailHash),
    reseal: async (row) => {
      const email = open(row.contactEmailSealed);
      await prisma.endorsement.update({
        where: { id: row.id },
        data: {
          contactNameSealed: reseal(row.contactNameSealed),
          contactRoleSealed: row.contactRoleSealed === null ? null : reseal(row.contactRoleSealed),
          contactEmailSealed: seal(email),
          contactEmailHash: emailHash(email),
        },
      });
    },
  });
  const emails = await reencryptTable("queued emails", progress, {
    page: (after) =>
      prisma.outboundEmail.findMany({
        select: { id: true, toSealed: true, textSealed: true, htmlSealed: true, toHash: true },
        orderBy: { id: "asc" },
        take: batch,
        ...(after && { cursor: { id: after }, skip: 1 }),
      }),
    isCurrent: (row) => [row.toSealed, row.textSealed, row.htmlSealed].every(isCurrent) && hashIsCurrent(row.toHash),
    reseal: async (row) => {
      const to = open(row.toSealed);
      await prisma.outboundEmail.update({
        where: { id: row.id },
        data: {
          toSealed: seal(to),
          toHash: emailHash(to),
          textSealed: reseal(row.textSealed),
          htmlSealed: reseal(row.htmlSealed),
        },
      });
    },
  });
  return { endorsements, emails };
}

const hashIsCurrent = (hash: string) => hash.startsWith(`${keyring().current.id}:`);

/** Walks a table by id, a batch at a time, re-sealing the rows not under the current key. */
async function reencryptTable<Row extends { id: string }>(
  label: string,
  progress: (line: string) => void,
  table: { page(after?: string): Promise<Row[]>; isCurrent(row: Row): boolean; reseal(row: Row): Promise<void> },
) {
  const counts = { scanned: 0, reencrypted: 0 };
  let after: string | undefined;
  for (;;) {
    const rows = await table.page(after);
    for (const row of rows) {
      if (table.isCurrent(row)) continue;
      await table.reseal(row);
      counts.reencrypted += 1;
    }
    counts.scanned += rows.length;
    progress(`${label}: ${counts.scanned} scanned, ${counts.reencrypted} re-encrypted`);
    if (rows.length < batch) return counts;
    after = rows[rows.length - 1].id;
  }
}

/** Stops the server process when the key cannot open the stored data; a database that is down is checked later. */
export async function checkDataKey() {
  let problem: string | null;
  try {
    problem = await dataKeyProblem(db());
  } catch (error) {
    console.error("[start] could not check the data key:", error instanceof Error ? error.message : error);
    return;
  }
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}

/**
 * Why this process's key cannot serve the stored data, or null: for every key id the data names,
 * one value sealed under it must open (unknown id, or same id with other key material, is refused).
 */
export async function dataKeyProblem(prisma: Database): Promise<string | null> {
  try {
    keyring();
  } catch (error) {
    if (error instanceof DataKeyError) return error.message;
    throw error;
  }
  const samples = await prisma.$queryRaw<{ sealed: string }[]>`
    SELECT DISTINCT ON (split_part("contactEmailSealed", ':', 2)) "contactEmailSealed" AS sealed FROM "Endorsement"
    UNION ALL
    SELECT DISTINCT ON (split_part("toSealed", ':', 2)) "toSealed" AS sealed FROM "OutboundEmail"`;
  for (const { sealed } of samples) {
    try {
      open(sealed);
    } catch (error) {
      if (!(error instanceof DataKeyError)) throw error;
      return `Refusing to start: ${error.message} Set DATA_KEY (and DATA_OLD_KEYS) to the key(s) the data was sealed with (docs/decisions/027).`;
    }
  }
  return null;
}
