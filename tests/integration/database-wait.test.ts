// How long a statement waits for a database connection: never more than the pool's limit, so a
// request on a busy or silent database gets an answer ("try again", or the outage page) instead of
// waiting for as long as the kernel takes to give up on a connection (minutes).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isBusyError, isConnectionError } from "@/lib/availability/database-health";
import { connect, useConnection } from "@/lib/db/client.server";
import { actionChoices } from "@/lib/endorsements/form-props.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, serverUrl, testDatabaseKind } from "./support/database";

const wait = 300;
const closing: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close(); // the last opened first
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
    await connection.prisma.$queryRaw`SELECT 1`; // Prisma's first query loads its engine: not timed here
    // Held far longer than the waits below take, even on a slow machine.
    const holding = connection.rows(Prisma.sql`SELECT pg_sleep(3)`);
    const failures = await Promise.all([
      failureOf(connection.rows(Prisma.sql`SELECT 1`)),
      failureOf(connection.prisma.$queryRaw`SELECT 1`),
      failureOf(connection.prisma.$transaction((tx) => tx.$queryRaw`SELECT 1`)),
    ]);
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
    for (const failure of failures) {
      expect(isConnectionError(failure), String(failure)).toBe(true);
      expect(isBusyError(failure), String(failure)).toBe(false); // busy is asked first (`isOutage`)
    }
    expect(sockets.length).toBeGreaterThanOrEqual(2);
  });

  it("brings the endorsement form back with its actions, as typed, while every connection is in use", async () => {
    const database = await openTestDatabase();
    closing.push(() => database.close());
    await seedCampaignContent(database.prisma);
    const busy = connect({ databaseUrl: database.url, poolSize: 1, connectionWaitMs: wait });
    closing.push(() => busy.close());
    useConnection(busy);
    const choices = await actionChoices("en");
    expect(choices).toHaveLength(9);
    const holding = busy.rows(Prisma.sql`SELECT pg_sleep(3)`);
    // The no-JavaScript form's answer renders the form again: its nine actions as last read.
    expect(await actionChoices("en")).toEqual(choices);
    await holding;
  });
});
