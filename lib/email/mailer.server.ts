import "server-only";
import { rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { env, isDemoMode, privateDir } from "../env.server";
import { composeMessage, type Email } from "./mime";
import { sendOverSmtp } from "./smtp-line.server";

export type { Email } from "./mime";

let outboxMade: string | undefined;

/**
 * Writes a private file in DATA_DIR/outbox, made private once per process rather than per message.
 * Written aside (`.part`) and renamed into place: whoever reads the outbox sees a message whole or
 * not at all (an end-to-end test once read one half written: "Unexpected end of JSON input").
 */
async function writeToOutbox(file: string, text: string) {
  const outbox = path.dirname(file);
  if (outboxMade !== outbox) privateDir(outbox);
  outboxMade = outbox;
  const part = `${file}.part`;
  // On libuv's threads: a burst of sign-ups does not wait on the disk in the event loop.
  await writeFile(part, text, { mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== "ENOENT") throw error;
    privateDir(outbox); // removed while we ran
    return writeFile(part, text, { mode: 0o600 });
  });
  await rename(part, file);
}

/**
 * Sends through SMTP when SMTP_URL is set. Otherwise the message is written to DATA_DIR/outbox
 * (one private JSON file per email), so the site works with no mail server. Its links carry live
 * tokens: they are printed to the log only in demo mode, where nobody else's mail passes.
 */
export async function sendEmail(email: Email): Promise<void> {
  const { SMTP_URL, MAIL_FROM, DATA_DIR } = env();
  if (SMTP_URL) {
    await sendOverSmtp(SMTP_URL, composeMessage(email, MAIL_FROM));
    return;
  }
  const file = path.join(
    DATA_DIR,
    "outbox",
    `${new Date().toISOString().replace(/[:.]/g, "-")}-${Math.random().toString(36).slice(2, 8)}.json`,
  );
  await writeToOutbox(file, JSON.stringify({ from: MAIL_FROM, ...email, sentAt: new Date().toISOString() }, null, 2));
  if (!isDemoMode(env())) {
    console.log(`[mail] "${email.subject}" written to ${file}`);
    return;
  }
  const links = email.text.match(/https?:\/\/\S+/g) ?? [];
  console.log(
    `[mail] to ${email.to}: "${email.subject}" → ${file}${links.length ? `\n[mail] links: ${links.join(" ")}` : ""}`,
  );
}
