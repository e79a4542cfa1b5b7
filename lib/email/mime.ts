import { randomBytes } from "node:crypto";
import { domainToASCII } from "node:url";
import addressparser from "nodemailer/lib/addressparser";
import { encodeWord, encodeWords, foldLines, isPlainText } from "nodemailer/lib/mime-funcs";
import { encode as quotedPrintable, wrap as wrapQuotedPrintable } from "nodemailer/lib/qp";

// An email as the bytes an SMTP server receives (RFC 5322 with MIME): a text part and an HTML part
// of one multipart/alternative message. Built in one pass from strings, with nodemailer's own
// encoders for headers and bodies: nodemailer's composer builds the same message through a chain of
// streams that cost the instance three times as much per message (decision 048).

export type Email = {
  to: string;
  subject: string;
  text: string;
  html: string;
  locale: string;
  /** Extra headers, e.g. List-Unsubscribe. */
  headers?: Record<string, string>;
};

export type Composed = { envelope: { from: string; to: string[] }; message: Buffer };

/** Header names are tokens; anything else is left out rather than written. */
const headerName = /^[A-Za-z][A-Za-z0-9-]*$/;
/** The headers this module writes itself: an email's own `headers` cannot add a second one. */
const ownHeaders = new Set([
  "from",
  "to",
  "subject",
  "date",
  "message-id",
  "mime-version",
  "content-language",
  "content-type",
  "content-transfer-encoding",
]);

/**
 * A header value on one line without control characters: a line break would start a header of the
 * sender's choosing, and some mail servers refuse a NUL.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
const oneLine = (value: string) => value.replace(/[\x00-\x1f\x7f]+/g, " ").trim();

/** An address with its domain in ASCII (an internationalised domain as punycode), as SMTP carries it. */
function asciiAddress(address: string) {
  const at = address.lastIndexOf("@");
  if (at < 0) return address;
  const domain = domainToASCII(address.slice(at + 1));
  return `${address.slice(0, at)}@${domain || address.slice(at + 1)}`;
}

/** `Name <address>` from MAIL_FROM (`We are ALE <no-reply@…>` or a bare address). */
function mailbox(value: string) {
  const [first] = addressparser(value, { flatten: true });
  const address = asciiAddress(oneLine(first?.address || value));
  const name = oneLine(first?.name ?? "");
  if (!name) return { address, header: address };
  // Encoded whole, as nodemailer does: a comma left outside the encoded words would split the name.
  const display = isPlainText(name) ? `"${name.replace(/["\\]/g, "\\$&")}"` : encodeWord(name, "B", 52);
  return { address, header: `${display} <${address}>` };
}

/** A header line, encoded when not plain ASCII and folded at 76 characters. */
function header(name: string, value: string) {
  const line = oneLine(value);
  return foldLines(`${name}: ${isPlainText(line) ? line : encodeWords(line, "B", 52)}`, 76);
}

/** RFC 5322's date: `Sat, 05 Dec 2026 21:05:00 +0000`. */
const dateOf = (at: Date) => at.toUTCString().replace(/GMT$/, "+0000");

function part(type: string, body: string) {
  return [
    `Content-Type: ${type}; charset=utf-8`,
    "Content-Transfer-Encoding: quoted-printable",
    "",
    wrapQuotedPrintable(quotedPrintable(body), 76),
  ].join("\r\n");
}

/** The message for `email` from `from` (MAIL_FROM), with its SMTP envelope. */
export function composeMessage(email: Email, from: string, at = new Date()): Composed {
  const sender = mailbox(from);
  const to = asciiAddress(oneLine(email.to));
  const boundary = `--_ale_${randomBytes(10).toString("hex")}`;
  const domain = sender.address.slice(sender.address.lastIndexOf("@") + 1) || "localhost";
  const extra = Object.entries(email.headers ?? {}).filter(
    ([name]) => headerName.test(name) && !ownHeaders.has(name.toLowerCase()),
  );
  const lines = [
    `From: ${sender.header}`,
    `To: ${to}`,
    header("Subject", email.subject),
    `Date: ${dateOf(at)}`,
    `Message-ID: <${randomBytes(16).toString("hex")}@${domain}>`,
    "MIME-Version: 1.0",
    header("Content-Language", email.locale),
    ...extra.map(([name, value]) => header(name, value)),
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    "",
    `--${boundary}`,
    part("text/plain", email.text),
    `--${boundary}`,
    part("text/html", email.html),
    `--${boundary}--`,
    "",
  ];
  return { envelope: { from: sender.address, to: [to] }, message: Buffer.from(lines.join("\r\n")) };
}
