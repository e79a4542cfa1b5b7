// How long a statement waits for a database connection: never more than the pool's limit, so a
// request on a busy or silent database gets an answer ("try again", or the outage page) instead of
// waiting for as long as the kernel takes to give up on a connection (minutes).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isBusyError, isConnectionError } from "@/lib/availability/database-health";
import { connect } from "@/lib/db/client.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { serverUrl, testDatabaseKind } from "./support/database";

const wait = 300;
const closing: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

const failureOf = (work: Promise<unknown>) =>
  work.then(
    () => {
      throw new Error("the statement was answered");
    },
    (error: unknown) => error,
  );

describe.skipIf(testDatabaseKind !== "postgres")("waiting for a database connection", () => {
  it("fails as busy, not unreachable, when every pooled connection stays in use", async () => {
    const connection = connect({ databaseUrl: serverUrl(), poolSize: 1, connectionWaitMs: wait });
    closing.push(() => connection.close());
    const holding = connection.rows(Prisma.sql`SELECT pg_sleep(1.5)`);
    const failures = [
      await failureOf(connection.rows(Prisma.sql`SELECT 1`)),
      await failureOf(connection.prisma.$queryRaw`SELECT 1`),
      await failureOf(connection.prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`)),
    ];
    for (const failure of failures) {
      expect(isBusyError(failure), String(failure)).toBe(true);
      expect(isConnectionError(failure), String(failure)).toBe(false);
    }
    await holding;
    // The pool is not left broken: with its connection free again, statements run.
    expect(await connection.rows(Prisma.sql`SELECT 1 AS "one"`)).toEqual([{ one: 1 }]);
  });

  it("fails as unreachable when the server accepts connections and never answers", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket.on("error", () => {})));
    await new Promise<void>((listening) => silent.listen(0, "127.0.0.1", listening));
    closing.push(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => silent.close(closed));
    });
    const url = new URL(serverUrl());
    url.host = `127.0.0.1:${(silent.address() as net.AddressInfo).port}`;
    const connection = connect({ databaseUrl: url.toString(), poolSize: 2, connectionWaitMs: wait });
    closing.push(() => connection.close());
    const failures = [
      await failureOf(connection.rows(Prisma.sql`SELECT 1`)),
      await failureOf(connection.prisma.$queryRaw`SELECT 1`),
    ];
    for (const failure of failures) expect(isConnectionError(failure), String(failure)).toBe(true);
    expect(sockets.length).toBeGreaterThanOrEqual(2);
  });
});
