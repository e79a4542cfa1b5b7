import type { Pool } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isBusyError, isConnectionError, isDatabaseDown, reportDatabaseDown } from "./database-health";

type Health = { down: boolean; checkedAt: number; checking?: Promise<void>; pool?: Pool };
// The module keeps its state on globalThis (shared by the whole process); importing it created it.
const state = (globalThis as { weAreAleDatabaseHealth?: Health }).weAreAleDatabaseHealth as Health;

describe("isConnectionError", () => {
  it("recognises each way Prisma, pg and Node say the database is out of reach", () => {
    for (const code of [
      "P1001",
      "P1002",
      "P1008",
      "P1017",
      "ECONNREFUSED",
      "ECONNRESET",
      "ETIMEDOUT",
      "EPIPE",
      // pg's own errors, for the statements sent past Prisma (decision 051): a host name that does
      // not resolve, a network away, a server restarting or crashed.
      "ENOTFOUND",
      "EAI_AGAIN",
      "EHOSTUNREACH",
      "ENETUNREACH",
      "57P01",
      "57P02",
      "57P03",
    ]) {
      expect(isConnectionError({ code }), code).toBe(true);
    }
    expect(isConnectionError({ kind: "DatabaseNotReachable" })).toBe(true);
    expect(isConnectionError({ kind: "ConnectionClosed" })).toBe(true);
    for (const message of [
      "connect ECONNREFUSED 127.0.0.1:5432",
      "getaddrinfo ENOTFOUND db.internal",
      "read ECONNRESET",
      "Connection terminated unexpectedly",
      "Connection terminated due to connection timeout",
      "Can't reach database server at `db:5432`",
      "Server has closed the connection.",
    ]) {
      expect(isConnectionError(new Error(message)), message).toBe(true);
    }
  });

  it("follows the cause chain, and stops on a cycle", () => {
    const wrapped = new Error("Invalid `prisma.endorsement.create()` invocation", {
      cause: new Error("driver adapter error", { cause: { code: "ECONNREFUSED" } }),
    });
    expect(isConnectionError(wrapped)).toBe(true);
    const loop: { message: string; cause?: unknown } = { message: "a query failed" };
    loop.cause = loop;
    expect(isConnectionError(loop)).toBe(false);
  });

  it("reads PostgreSQL's code that a raw query's error keeps in meta", () => {
    // As Prisma 7 reports a raw statement that PostgreSQL ended (a restart, a fail-over).
    const raw = (code: string) => ({
      code: "P2010",
      meta: {
        driverAdapterError: { name: "DriverAdapterError", cause: { kind: "postgres", code, originalCode: code } },
      },
    });
    expect(isConnectionError(raw("57P01"))).toBe(true);
    expect(isConnectionError(raw("23505"))).toBe(false);
  });

  it("does not mistake a bad query, a constraint or a busy pool for a lost connection", () => {
    expect(isConnectionError({ code: "P2002", message: "Unique constraint failed" })).toBe(false);
    expect(isConnectionError({ code: "P2024" })).toBe(false);
    expect(isConnectionError({ code: "23505" })).toBe(false);
    expect(isConnectionError({ code: "XECONNREFUSED" })).toBe(false);
    expect(isConnectionError(new Error("syntax error at or near SELECT"))).toBe(false);
    for (const value of [null, undefined, "ECONNREFUSED", 0]) expect(isConnectionError(value)).toBe(false);
  });
});

describe("isBusyError", () => {
  it("is true for Prisma's pool timeout and transaction timeout, not for its other codes", () => {
    expect(isBusyError({ code: "P2024" })).toBe(true);
    expect(isBusyError({ code: "P2028" })).toBe(true);
    expect(isBusyError({ code: "P1001" })).toBe(false);
    expect(isBusyError({ code: "ECONNREFUSED" })).toBe(false);
    expect(isBusyError(new Error("P2024"))).toBe(false);
    expect(isBusyError(null)).toBe(false);
    expect(isBusyError(undefined)).toBe(false);
  });

  it("is true for pg's pool when a statement waited its whole limit for a free connection, however wrapped", () => {
    const waited = new Error("timeout exceeded when trying to connect");
    expect(isBusyError(waited)).toBe(true);
    expect(isBusyError({ name: "PrismaClientUnknownRequestError", cause: waited })).toBe(true);
    expect(isConnectionError(waited)).toBe(false);
    // A new connection the server never answered is a lost database, not a busy one.
    const silent = new Error("Connection terminated due to connection timeout", {
      cause: new Error("Connection terminated unexpectedly"),
    });
    expect(isBusyError(silent)).toBe(false);
    expect(isConnectionError(silent)).toBe(true);
  });
});

describe("isDatabaseDown", () => {
  afterAll(async () => {
    await state.pool?.end();
  });

  it("is never down with the embedded database", async () => {
    reportDatabaseDown();
    expect(await isDatabaseDown("")).toBe(false);
    state.down = false;
    state.checkedAt = 0;
  });

  it("finds an unreachable server down, and pings through one pool with one error listener", async () => {
    const unreachable = "postgresql://nobody:nothing@127.0.0.1:1/none";
    expect(await isDatabaseDown(unreachable)).toBe(false); // the first check runs in the background
    await state.checking;
    expect(state.down).toBe(true);
    const pool = state.pool;
    for (let ping = 0; ping < 12; ping++) {
      state.checkedAt = 0; // make the next call check again
      expect(await isDatabaseDown(unreachable)).toBe(true);
    }
    expect(state.pool).toBe(pool);
    expect(pool?.listenerCount("error")).toBe(1);
  });
});
