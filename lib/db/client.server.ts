import "server-only";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
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

type Connection = {
  prisma: Database;
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** See `rawRows`. */
  rows(query: Prisma.Sql): Promise<unknown[]>;
  close(): Promise<void>;
};

/**
 * Read as Prisma's `$queryRaw` reads them (the adapter's parsers): a `timestamp` is UTC, a `bigint`
 * a BigInt; text, enums, int, boolean, json and jsonb pg reads the same way. Other types (`date`,
 * `numeric`, `bytea`, arrays of timestamps) pg reads differently: a statement that reads them
 * needs a parser here first.
 */
const prismaTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (format !== "binary" && oid === pg.types.builtins.TIMESTAMP)
      return (value: string) => new Date(`${value.replace(" ", "T")}Z`);
    if (format !== "binary" && oid === pg.types.builtins.INT8) return (value: string) => BigInt(value);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * As Prisma sends them: a Date as its UTC time (pg's own would send the server's local time). A
 * Date inside an array parameter is not converted: no statement sends one.
 */
const prismaValue = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

/** Opens PostgreSQL at `databaseUrl`, or the embedded PGlite folder (claimed for this process). */
export function connect(options: {
  databaseUrl?: string;
  pgliteDir?: string;
  poolSize?: number;
  /** How long a statement waits for a connection (tests shorten it). */
  connectionWaitMs?: number;
}): Connection {
  if (options.databaseUrl) {
    // One pool for Prisma and `rawRows`, and one name per SQL text on its connections.
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // As long as a transaction waits to start (`maxWait`): a statement waiting longer for a free
      // connection fails as busy, and one that gets no answer from a server it connects to (a network
      // that drops packets) fails as unreachable, instead of waiting minutes for the kernel to give up.
      connectionTimeoutMillis: options.connectionWaitMs ?? transactionOptions.maxWait,
      // A connection is replaced every ten minutes, so a statement prepared before a migration changed
      // a column's type does not fail on it for the instance's life (decision 047).
      maxLifetimeSeconds: 600,
    });
    // An idle connection that breaks is replaced; without a listener it would stop the process.
    pool.on("error", (error) => console.error("[db] idle connection failed:", error.message));
    const statementName = preparedStatementNames();
    const factory = new PrismaPg(pool, { statementNameGenerator: statementName });
    const prisma = new PrismaClient({ adapter: factory, transactionOptions, omit: omitSecrets });
    const rows = async ({ text, values }: Prisma.Sql) => {
      const name = statementName({ sql: text, args: values }) || undefined;
      return (await pool.query({ name, text, values: values.map(prismaValue), types: prismaTypes })).rows;
    };
    return {
      prisma,
      factory,
      rows,
      async close() {
        try {
          await prisma.$disconnect();
        } finally {
          if (!pool.ended) await pool.end();
          // The pool reports itself ended while its connections are still closing: one the server
          // ends meanwhile (a database dropped right after) is no failure any more.
          pool.removeAllListeners("error").on("error", () => {});
        }
      },
    };
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
    // The embedded database is one connection, which Prisma's transactions hold: its statements
    // queue behind them only through Prisma.
    rows: (query) => prisma.$queryRaw(query),
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

function connection(): Connection {
  globalForDb.weAreAleDb ??= connect({
    databaseUrl: env().DATABASE_URL,
    pgliteDir: env().PGLITE_DIR,
    poolSize: env().DATABASE_POOL_SIZE,
  });
  return globalForDb.weAreAleDb;
}

export function db(): Database {
  return connection().prisma;
}

/**
 * The rows of one raw statement, sent straight to PostgreSQL's pool rather than through Prisma's
 * client, whose path took a fifth of the instance's time in an email confirmation (decision 051).
 * Only for statements hundreds of visitors a second wait on, or that read the whole list of
 * endorsers (the open-data snapshot). Values go and come back as with `$queryRaw`, for the types
 * `prismaTypes` names; a failure is pg's own error (`isOutage` knows both).
 */
export async function rawRows<T>(query: Prisma.Sql): Promise<T[]> {
  return (await connection().rows(query)) as T[];
}
