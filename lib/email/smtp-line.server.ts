import "server-only";
import { Readable } from "node:stream";
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

/** Ends `closing`: with QUIT when it is done (idle, or its messages used up), at once after a failure. */
function close(closing: Line | undefined, politely = false) {
  if (!closing) return;
  clearTimeout(closing.idle);
  if (line === closing) line = undefined;
  if (politely) closing.connection.quit();
  else closing.connection.close();
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
      // As nodemailer's transport: credentials are used where the server offers to log in.
      if (!options.auth?.user || !connection.allowsAuth) return resolve();
      connection.login({ user: options.auth.user, pass: options.auth.pass ?? "" }, (failed) =>
        failed ? reject(failed) : resolve(),
      );
    });
  });
  opened.ready.catch(() => close(opened));
  // A turn later: nodemailer fails the send under way with the server's own answer first, and that
  // answer (a refusal, a 421) is the one to keep.
  const loseLater = (error: Error) => setImmediate(() => lose(error));
  connection.on("error", (error: Error) => {
    loseLater(error);
    close(opened);
  });
  connection.once("end", () => {
    loseLater(new Error("The mail server closed the connection"));
    close(opened);
  });
  return opened;
}

/** Whether a byte of the message was handed to the connection (after that, it may have arrived). */
type Sending = { started: boolean };

async function sendOnce(url: string, { envelope, message }: Composed, sending: Sending) {
  if (line && line.url !== url) close(line);
  line ??= open(url);
  const current = line;
  clearTimeout(current.idle);
  // A stream, so it is known whether nodemailer began the message (it reads it after DATA's 354).
  const body = Readable.from([message]);
  try {
    await current.ready;
    await Promise.race([
      current.lost,
      new Promise<void>((resolve, reject) =>
        // A copy: nodemailer keeps its progress in the envelope it is given, and a retry needs a clean one.
        current.connection.send({ from: envelope.from, to: [...envelope.to] }, body, (error) =>
          error ? reject(error) : resolve(),
        ),
      ),
    ]);
  } catch (error) {
    sending.started = body.readableDidRead;
    close(current);
    throw error;
  }
  current.sent++;
  if (current.sent >= messagesPerConnection) close(current, true);
  else current.idle = setTimeout(() => close(current, true), idleMs).unref();
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
 * Sends one composed message through the SMTP server at `url`. When a kept connection turns out to
 * be gone (the server closed it meanwhile) before any of the message was sent, the message goes once
 * more over a new one; once a byte was sent it may have arrived, and the queue decides (decision 048).
 */
export function sendOverSmtp(url: string, composed: Composed): Promise<void> {
  const send = async () => {
    const reused = Boolean(line && line.url === url && line.sent > 0);
    const sending: Sending = { started: false };
    try {
      await sendOnce(url, composed, sending);
    } catch (error) {
      const timedOut = (error as { code?: string }).code === "ETIMEDOUT";
      if (!reused || sending.started || timedOut || isRefusal(error)) throw error;
      await sendOnce(url, composed, { started: false });
    }
  };
  const sent = turn.then(send);
  turn = sent.catch(() => {});
  return sent;
}
