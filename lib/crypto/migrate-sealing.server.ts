import "server-only";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import type { Database } from "../db/client.server";
import { applyMigrations, migrationsDir } from "../db/migrations.server";
import { sealPlaintextRows } from "./stored-data.server";

// The migrate command's part of decision 027 (scripts only: the schema engine is not for the server).

/** The migration that adds the sealed columns; the one after it drops the plaintext. */
export const sealedColumnsMigration = "20261202082000_sealed_contact_columns";

async function hasPlaintextColumns(prisma: Database): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM information_schema.columns
    WHERE table_schema = current_schema() AND table_name = 'Endorsement' AND column_name = 'contactEmail'`;
  return Number(rows[0]?.n ?? 0) > 0;
}

/**
 * `npm run db:migrate`: pending migrations, stopping after the sealed columns appear on a database
 * that still has plaintext contact data, to seal it before the next migration drops the plaintext.
 */
export async function migrateDatabase(connection: {
  prisma: Database;
  factory: SqlMigrationAwareDriverAdapterFactory;
}): Promise<{ applied: string[]; sealed: { endorsements: number; emails: number } | null }> {
  const applied: string[] = [];
  let sealed: { endorsements: number; emails: number } | null = null;
  if (await hasPlaintextColumns(connection.prisma)) {
    applied.push(...(await applyMigrations(connection.factory, migrationsDir, { until: sealedColumnsMigration })));
    sealed = await sealPlaintextRows(connection.prisma);
  }
  applied.push(...(await applyMigrations(connection.factory)));
  return { applied, sealed };
}
