import type { Socket } from "node:net";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterEach, describe, expect, it } from "vitest";
import { startSmtpServer } from "../../tests/integration/support/smtp";
import { composeMessage } from "./mime";
import { sendOverSmtp } from "./smtp-line.server";

const message = (to: string, subject = `Hello ${to}`) =>
  composeMessage(
    { to, subject, text: "Text", html: "<p>HTML</p>", locale: "en" },
    "We are ALE <no-reply@we-are-ale.org>",
  );

const servers: { stop(): Promise<void> }[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});
async function server(port = 0) {
  const started = await startSmtpServer(port);
  servers.push(started);
  return started;
}

/**
 * A mail server that records the recipients of each message it receives; `answer` decides what it
 * does once a message has arrived (by default, accepts it).
 */
async function recordingServer(
  options: Omit<SMTPServerOptions, "onData">,
  answer = (accept: () => void, _sockets: Set<Socket>) => accept(),
) {
  const received: string[] = [];
  const sockets = new Set<Socket>();
  const smtp = new SMTPServer({
    authOptional: true,
    closeTimeout: 500,
    ...options,
    onData(stream, session, callback) {
      stream.on("end", () => {
        received.push(...session.envelope.rcptTo.map((to) => to.address));
        answer(() => callback(), sockets);
      });
      stream.resume();
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  smtp.server.on("connection", (socket: Socket) => sockets.add(socket));
  servers.push({ stop: () => new Promise<void>((resolve) => smtp.close(() => resolve())) });
  return { received, port: (smtp.server.address() as { port: number }).port };
}

describe("sendOverSmtp", () => {
  it("sends message after message over one kept connection", async () => {
    const inbox = await server();
    for (const n of [1, 2, 3, 4, 5]) await sendOverSmtp(inbox.url, message(`person${n}@example.org`));
    expect(inbox.inbox.map((mail) => mail.subject)).toEqual([1, 2, 3, 4, 5].map((n) => `Hello person${n}@example.org`));
    expect(inbox.connections()).toBe(1);
  });

  it("replaces a kept connection the server closed meanwhile, and the message still arrives", async () => {
    const first = await server();
    await sendOverSmtp(first.url, message("before@example.org"));
    await first.stop(); // a mail server restarted on the same address
    const second = await server(first.port);
    await sendOverSmtp(first.url, message("after@example.org"));
    expect(second.inbox.map((mail) => mail.subject)).toEqual(["Hello after@example.org"]);
  });

  it("fails a message the server refuses, and the next one still goes", async () => {
    const refusing = await recordingServer({
      disabledCommands: ["STARTTLS"],
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith("nobody@"))
          return callback(Object.assign(new Error("No such user"), { responseCode: 550 }));
        callback();
      },
    });
    const url = `smtp://127.0.0.1:${refusing.port}`;
    await expect(sendOverSmtp(url, message("nobody@example.org"))).rejects.toMatchObject({ responseCode: 550 });
    await sendOverSmtp(url, message("somebody@example.org"));
    expect(refusing.received).toEqual(["somebody@example.org"]);
  });

  it("never sends a message twice: a connection lost once the message was sent fails it, for the queue to decide", async () => {
    let dropNext = false;
    // The message arrives, but the answer never leaves: the connection drops first.
    const dropping = await recordingServer({ disabledCommands: ["STARTTLS"] }, (accept, sockets) => {
      if (!dropNext) return accept();
      for (const socket of sockets) socket.destroy();
    });
    const url = `smtp://127.0.0.1:${dropping.port}`;
    await sendOverSmtp(url, message("first@example.org"));
    dropNext = true;
    await expect(sendOverSmtp(url, message("second@example.org"))).rejects.toThrow();
    expect(dropping.received).toEqual(["first@example.org", "second@example.org"]);
  });

  it("logs in only where the server offers it, as nodemailer's transport did", async () => {
    const relay = await recordingServer({ authOptional: false, disabledCommands: ["STARTTLS", "AUTH"] });
    await sendOverSmtp(`smtp://user:secret@127.0.0.1:${relay.port}`, message("relayed@example.org"));
    expect(relay.received).toEqual(["relayed@example.org"]);
  });

  it("fails at once when no mail server answers", async () => {
    const gone = await server();
    await gone.stop();
    servers.length = 0;
    await expect(sendOverSmtp(gone.url, message("anyone@example.org"))).rejects.toMatchObject({ code: "ESOCKET" });
  });
});
