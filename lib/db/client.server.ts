import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { env, makePrivate, privateDir } from "../env.server";
import { type Prisma, PrismaClient } from "../generated/prisma/client";
import { claimDataDir } from "./lock.server";
import { preparedStatementNames } from "./statement-names";

/**
 * Secrets no query returns unless it names them (`omit: { passwordHash: false }` or `select`), so a
 * staff record or token row passed to a page, a log line or an audit entry cannot carry them.
 */
const omitSecrets = {
  staffUser: { passwordHash: true, totpSecret: true },
  emailToken: { tokenHash: true },
} satisfies Prisma.GlobalOmitConfig;

export type Database = PrismaClient<never, typeof omitSecrets>;

// Under a burst (a partner's newsletter goes out) requests queue for a pooled connection; waiting
// up to 10 s for one beats failing after Prisma's default 2 s.
const transactionOptions = { maxWait: 10_000, timeout: 20_000 };

type Connection = { prisma: Database; factory: SqlMigrationAwareDriverAdapterFactory; close(): Promise<void> };

/** Opens PostgreSQL at `databaseUrl`, or the embedded PGlite folder (claimed for this process). */
export function connect(options: { databaseUrl?: string; pgliteDir?: string; poolSize?: number }): Connection {
  if (options.databaseUrl) {
    const factory = new PrismaPg(
      // A connection is replaced every ten minutes, so a statement prepared before a migration changed
      // a column's type does not fail on it for the instance's life (decision 047).
      { connectionString: options.databaseUrl, max: options.poolSize ?? 10, maxLifetimeSeconds: 600 },
      { statementNameGenerator: preparedStatementNames() },
    );
    const prisma = new PrismaClient({ adapter: factory, transactionOptions, omit: omitSecrets });
    return { prisma, factory, close: () => prisma.$disconnect() };
  }
  const dir = options.pgliteDir;
  let pglite: PGlite;
  let release = () => {};
  if (dir) {
    privateDir(dir);
    release = claimDataDir(dir);
    pglite = new PGlite(dir, { extensions: { pg_trgm } });
    const opened = pglite;
    void opened.waitReady.then(() => makePrivate(dir)).catch(() => undefined);
  } else {
    pglite = new PGlite({ extensions: { pg_trgm } });
  }
  const factory = new PrismaPGlite(pglite);
  const prisma = new PrismaClient({ adapter: factory, transactionOptions, omit: omitSecrets });
  return {
    prisma,
    factory,
    async close() {
      await prisma.$disconnect();
      await pglite.close();
      release();
    },
  };
}

// One client per process; kept on globalThis so dev-mode reloads do not open a second one.
const globalForDb = globalThis as unknown as { weAreAleDb?: Connection };

/** Points this process at an already open connection (integration tests, scripts). */
export function useConnection(connection: Connection) {
  globalForDb.weAreAleDb = connection;
}

export function db(): Database {
  globalForDb.weAreAleDb ??= connect({
    databaseUrl: env().DATABASE_URL,
    pgliteDir: env().PGLITE_DIR,
    poolSize: env().DATABASE_POOL_SIZE,
  });
  return globalForDb.weAreAleDb.prisma;
}
