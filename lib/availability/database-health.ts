import pg from "pg";

// Watches whether PostgreSQL answers, so the proxy can serve a calm 503 page instead of error pages
// while it is unreachable, and let traffic back in as soon as it returns. Server code that meets a
// connection error reports it here too (the state lives on globalThis, shared by the whole process).
type Health = { down: boolean; checkedAt: number; checking?: Promise<void>; pool?: pg.Pool };
const shared = globalThis as { weAreAleDatabaseHealth?: Health };
shared.weAreAleDatabaseHealth ??= { down: false, checkedAt: 0 };
const state = shared.weAreAleDatabaseHealth;

const healthyRecheckMs = 2000;
const downRecheckMs = 1000;

function checkerPool(url: string): pg.Pool {
  if (!state.pool) {
    state.pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: 1500,
      idleTimeoutMillis: 30_000,
    });
    state.pool.on("error", () => {}); // a dropped idle connection is reported by the next ping
  }
  return state.pool;
}

async function ping(url: string) {
  try {
    await checkerPool(url).query({ text: "SELECT 1", query_timeout: 1500 } as pg.QueryConfig);
    state.down = false;
  } catch {
    state.down = true;
  } finally {
    state.checkedAt = Date.now();
  }
}

/**
 * True while the database is known to be unreachable. With the embedded database (no DATABASE_URL)
 * there is nothing to lose contact with. While healthy the check runs in the background at most
 * every 2 s; while down, callers wait for a fresh check at most every second, so recovery is quick.
 */
export async function isDatabaseDown(url = process.env.DATABASE_URL): Promise<boolean> {
  if (!url) return false;
  const age = Date.now() - state.checkedAt;
  if (!state.down && age > healthyRecheckMs && !state.checking) {
    state.checking = ping(url).finally(() => {
      state.checking = undefined;
    });
  } else if (state.down && age > downRecheckMs) {
    state.checking ??= ping(url).finally(() => {
      state.checking = undefined;
    });
    await state.checking;
  }
  return state.down;
}

/** Called by server code that failed to reach the database. */
export function reportDatabaseDown() {
  state.down = true;
  state.checkedAt = Date.now();
}

/** Node's and pg's codes for a network that failed; an error's message may name them too. */
const networkCodes = "ECONNREFUSED ECONNRESET ENOTFOUND EAI_AGAIN EHOSTUNREACH ENETUNREACH".split(" ");

/**
 * Codes of a database out of reach: Prisma's (P1…), the network's (a host name unresolved, a
 * network away) and PostgreSQL's for a server shutting down, crashed or starting.
 */
const lostConnectionCodes = new Set([
  ..."P1001 P1002 P1008 P1017 ETIMEDOUT EPIPE 57P01 57P02 57P03".split(" "),
  ...networkCodes,
]);

const lostConnectionMessage = new RegExp(
  [
    ...networkCodes,
    "Connection terminated",
    "connection timeout",
    "Can't reach database",
    "DatabaseNotReachable",
    "ConnectionClosed",
    "Server has closed the connection",
  ].join("|"),
  "i",
);

type ErrorPart = { code?: unknown; message?: unknown; kind?: unknown };

/**
 * Whether `test` holds for the error or anything it wraps: a raw query's error keeps PostgreSQL's
 * own code in `meta.driverAdapterError.cause` (P2010 … 57P01), pg's pool its cause in `cause`.
 */
function anyPart(error: unknown, test: (part: ErrorPart) => boolean): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.shift();
    if (!current || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    if (test(current as ErrorPart)) return true;
    const { cause, meta, driverAdapterError } = current as {
      cause?: unknown;
      meta?: unknown;
      driverAdapterError?: unknown;
    };
    pending.push(cause, meta, driverAdapterError);
  }
  return false;
}

/** Whether an error means "could not talk to the database" (rather than a bad query). */
export function isConnectionError(error: unknown): boolean {
  return anyPart(
    error,
    ({ code, message, kind }) =>
      (typeof code === "string" && lostConnectionCodes.has(code)) ||
      kind === "DatabaseNotReachable" ||
      kind === "ConnectionClosed" ||
      (typeof message === "string" && lostConnectionMessage.test(message)),
  );
}

/** pg's pool, when a statement waited its whole `connectionTimeoutMillis` for a free connection. */
const poolWaitMessage = "timeout exceeded when trying to connect";

/**
 * Whether an error means the database is there but too busy to take the work in time: Prisma's
 * pool and transaction timeouts, or a statement that waited too long for a pooled connection.
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "P2024" || code === "P2028") return true;
  return anyPart(error, ({ message }) => typeof message === "string" && message.includes(poolWaitMessage));
}

/**
 * Whether an error means the database could not take the work (unreachable, or too busy to answer
 * in time), so nothing was saved and the person may try again. An unreachable one is reported down.
 */
export function isOutage(error: unknown): boolean {
  if (isBusyError(error)) return true;
  if (!isConnectionError(error)) return false;
  reportDatabaseDown();
  return true;
}
