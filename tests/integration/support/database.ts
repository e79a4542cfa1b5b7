// A fresh, migrated database for one test file: in-memory PGlite by default, or a new database
// on the PostgreSQL server at TEST_DATABASE_URL when TEST_DB=postgres.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { connect } from "@/lib/db/client.server";
import { applyMigrations } from "@/lib/db/migrations.server";

export const testDatabaseKind = process.env.TEST_DB === "postgres" ? "postgres" : "pglite";

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL (a role allowed to create databases).");
  return url;
}

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** `until`: stop after that migration (to test a data step on the schema as it was). */
export async function openTestDatabase(options: { until?: string } = {}) {
  if (testDatabaseKind === "pglite") {
    const connection = connect({});
    await applyMigrations(connection.factory, undefined, options);
    return { ...connection, url: undefined };
  }
  const name = `ale_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const connection = connect({ databaseUrl: url.toString(), poolSize: 5 });
  await applyMigrations(connection.factory, undefined, options);
  return {
    ...connection,
    url: url.toString(),
    async close() {
      await connection.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
