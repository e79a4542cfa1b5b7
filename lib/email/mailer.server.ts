import "server-only";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "../env.server";

export type Email = { to: string; subject: string; text: string; html: string; locale: string };

let transport: Transporter | undefined;

function smtp(url: string): Transporter {
  transport ??= nodemailer.createTransport(url);
  return transport;
}

/**
 * Sends through SMTP when SMTP_URL is set. Otherwise the message is written to DATA_DIR/outbox
 * (one JSON file per email) and its links are printed, so the site works with no mail server.
 */
export async function sendEmail(email: Email): Promise<void> {
  const { SMTP_URL, MAIL_FROM, DATA_DIR } = env();
  if (SMTP_URL) {
    await smtp(SMTP_URL).sendMail({
      from: MAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: { "Content-Language": email.locale },
    });
    return;
  }
  const outbox = path.join(DATA_DIR, "outbox");
  mkdirSync(outbox, { recursive: true });
  const file = path.join(
    outbox,
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.json`,
  );
  writeFileSync(file, JSON.stringify({ from: MAIL_FROM, ...email, sentAt: new Date().toISOString() }, null, 2));
  const links = email.text.match(/https?:\/\/\S+/g) ?? [];
  console.log(
    `[mail] to ${email.to}: "${email.subject}" → ${file}${links.length ? `\n[mail] links: ${links.join(" ")}` : ""}`,
  );
}

/**
 * Sends, and on failure logs instead of failing the request: the person's data is already saved
 * and sending the form again sends a new link. (A persistent queue with retries is still to come.)
 */
export async function sendEmailOrLog(email: Email): Promise<boolean> {
  try {
    await sendEmail(email);
    return true;
  } catch (error) {
    console.error(
      `[mail] could not send "${email.subject}" to ${email.to}:`,
      error instanceof Error ? error.message : error,
    );
    return false;
  }
}
