import "server-only";
import { parseConnectionUrl } from "nodemailer/lib/shared";
import SMTPConnection from "nodemailer/lib/smtp-connection";
import type { Composed } from "./mime";

// One kept SMTP connection per instance, carrying one message at a time (the queue sends one at a
// time anyway, decision 039): nodemailer's SMTP client without its transport's per-message
// machinery (decision 048). A connection carries up to 100 messages, is closed after a few idle
// seconds, and is opened again for the next message.

const messagesPerConnection = 100;
/** Shorter than mail servers' own idle limits (30 s and up), so the server never drops it first. */
const idleMs = 5_000;
// Bounded waits, so a slow mail server holds a queued message for seconds, not minutes.
const timeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

type Line = {
  url: string;
  connection: SMTPConnection;
  /** Settles once the connection is ready (greeted, logged in) or lost. */
  ready: Promise<void>;
  /** Rejects when the connection is lost: a send under way then fails rather than waits. */
  lost: Promise<never>;
  sent: number;
  idle?: NodeJS.Timeout;
};

let line: Line | undefined;
/** Sends wait for each other: one message on the connection at a time. */
let turn: Promise<unknown> = Promise.resolve();

function close(closing: Line | undefined) {
  if (!closing) return;
  clearTimeout(closing.idle);
  if (line === closing) line = undefined;
  closing.connection.close();
}

function open(url: string): Line {
  const options = parseConnectionUrl(url);
  const connection = new SMTPConnection({ ...options, ...timeouts });
  let lose: (error: Error) => void = () => {};
  const lost = new Promise<never>((_, reject) => {
    lose = reject;
  });
  lost.catch(() => {});
  const opened: Line = { url, connection, lost, sent: 0, ready: Promise.resolve() };
  // nodemailer reports a failure to connect either to connect()'s callback or as an "error".
  opened.ready = new Promise<void>((resolve, reject) => {
    lost.catch(reject);
    connection.connect((error) => {
      if (error) return reject(error);
      if (!options.auth?.user) return resolve();
      connection.login({ user: options.auth.user, pass: options.auth.pass ?? "" }, (failed) =>
        failed ? reject(failed) : resolve(),
      );
    });
  });
  opened.ready.catch(() => close(opened));
  connection.on("error", (error: Error) => {
    lose(error);
    close(opened);
  });
  connection.once("end", () => {
    lose(new Error("The mail server closed the connection"));
    close(opened);
  });
  return opened;
}

async function sendOnce(url: string, { envelope, message }: Composed) {
  if (line && line.url !== url) close(line);
  line ??= open(url);
  const current = line;
  clearTimeout(current.idle);
  try {
    await current.ready;
    await Promise.race([
      current.lost,
      new Promise<void>((resolve, reject) =>
        // A copy: nodemailer keeps its progress in the envelope it is given, and a retry needs a clean one.
        current.connection.send({ from: envelope.from, to: [...envelope.to] }, message, (error) =>
          error ? reject(error) : resolve(),
        ),
      ),
    ]);
  } catch (error) {
    close(current);
    throw error;
  }
  current.sent++;
  if (current.sent >= messagesPerConnection) close(current);
  else current.idle = setTimeout(() => close(current), idleMs).unref();
}

/**
 * The server refused this message (an address, its size): sending it again now would not help. A
 * 421 is the server closing the session, not a refusal.
 */
function isRefusal(error: unknown) {
  const { code, responseCode } = error as { code?: string; responseCode?: number };
  return (code === "EENVELOPE" || code === "EMESSAGE") && responseCode !== 421;
}

/**
 * Sends one composed message through the SMTP server at `url`. A kept connection that fails for
 * another reason (the server closed it meanwhile) is replaced and the message sent once more.
 */
export function sendOverSmtp(url: string, composed: Composed): Promise<void> {
  const send = async () => {
    const reused = Boolean(line && line.url === url && line.sent > 0);
    try {
      await sendOnce(url, composed);
    } catch (error) {
      if (!reused || isRefusal(error)) throw error;
      await sendOnce(url, composed);
    }
  };
  const sent = turn.then(send);
  turn = sent.catch(() => {});
  return sent;
}
