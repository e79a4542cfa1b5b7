// A real SMTP server inside the test process: the app sends through nodemailer over TCP and the
// test reads what arrived, as a mail client would.
import type { AddressInfo } from "node:net";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** `flush` runs before reading the inbox: the app's mail queue delivers in the background. */
export async function startSmtpServer(
  port = 0,
  flush: () => Promise<unknown> = async () => {},
  gate: Promise<void> = Promise.resolve(),
) {
  const inbox: ParsedMail[] = [];
  const counts = { connections: 0 };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    // The app keeps its connection open (a pooled transport): stopping does not wait 30 s for it.
    closeTimeout: 500,
    onConnect(_session, callback) {
      counts.connections++;
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          await gate; // a stalled server holds the message until the test releases it
          inbox.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  // A client that goes away mid-connection (an app instance stopped by a test) is not a failure.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    url: `smtp://127.0.0.1:${address.port}`,
    inbox,
    /** How many connections the app has opened to this server. */
    connections: () => counts.connections,
    to: async (address: string) => {
      await flush();
      return inbox.filter((mail) => mail.to && JSON.stringify(mail.to).includes(address));
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export function linkIn(mail: ParsedMail, path: string): string {
  const match = (mail.text ?? "").match(new RegExp(`https?://\\S+${path.replace(/[/?]/g, "\\$&")}\\S*`));
  if (!match) throw new Error(`No ${path} link in "${mail.subject}"`);
  return match[0];
}
