// Closing the database connection (what every test file and the command-line scripts do last) while
// the server ends those connections: pg's pool reports itself ended before its connections have
// closed, so a database dropped right after (as the PostgreSQL test support does) could reach a
// closing connection, which was logged as a failure and failed whichever test file ran then.
import net from "node:net";
import { describe, expect, it, vi } from "vitest";
import { connect } from "@/lib/db/client.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { serverUrl, testDatabaseKind } from "./support/database";

/** A TCP relay to PostgreSQL that can hold what its clients send (their goodbye, here). */
async function relay(to: URL) {
  let holding = false;
  const ports: number[] = [];
  const sockets: net.Socket[] = [];
  // Half-open allowed: a client that sent its goodbye still reads what the server says, as over a real link.
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    const upstream = net.connect(Number(to.port || 5432), to.hostname, () => ports.push(upstream.localPort ?? 0));
    upstream.pipe(client);
    client.on("data", (chunk) => holding || upstream.write(chunk));
    for (const socket of [client, upstream]) socket.on("error", () => {});
    sockets.push(client, upstream);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  return {
    port: (server.address() as net.AddressInfo).port,
    /** The ports its connections to PostgreSQL come from, as pg_stat_activity shows them. */
    ports,
    hold() {
      holding = true;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((closed) => server.close(closed));
    },
  };
}

describe("closing the database connection", () => {
  it.skipIf(testDatabaseKind !== "postgres")(
    "logs nothing when the server ends connections still closing",
    async () => {
      const direct = new URL(serverUrl());
      const through = await relay(direct);
      const url = new URL(direct);
      url.host = `127.0.0.1:${through.port}`;
      const connection = connect({ databaseUrl: url.toString(), poolSize: 3 });
      await Promise.all([1, 2, 3].map(() => connection.rows(Prisma.sql`SELECT pg_sleep(0.05)`)));
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      try {
        through.hold(); // the pool's goodbyes stay in the relay: its connections are still open
        await connection.close();
        // As DROP DATABASE … WITH (FORCE) does: the server ends the connections ("terminating
        // connection due to administrator command").
        const admin = connect({ databaseUrl: direct.toString() });
        const ended = await admin.rows(
          Prisma.sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE client_port = ANY(${through.ports})`,
        );
        await admin.close();
        expect(ended).toHaveLength(3);
        await new Promise((resolve) => setTimeout(resolve, 200)); // the servers' words reach the pool
        expect(logged.mock.calls.map((call) => call.join(" "))).toEqual([]);
      } finally {
        logged.mockRestore();
        await through.close();
      }
    },
  );
});
