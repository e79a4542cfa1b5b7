import "server-only";
import { emailHash, emailHashes, open, seal } from "../crypto/data-key.server";
import { db } from "../db/client.server";
import { type OutboundEmail, Prisma } from "../generated/prisma/client";
import { newId } from "../ids";
import { type Email, sendEmail } from "./mailer.server";

// Every email is written to the OutboundEmail table first, so a slow or failing mail server (or a
// crash) never loses it; delivery is retried with growing delays. Instances claim a message with a
// conditional update, so two instances never send the same message twice.
export const maxAttempts = 8;
// Longer than the SMTP timeouts (10 s + 20 s), so a live sender is never overtaken.
const claimMs = 60_000;

/** 30 s, 1 min, 2 min … capped at 6 h. */
export function retryDelayMs(attempts: number) {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 3600_000);
}

/**
 * Stores the email and starts delivering it in the background: the caller never waits on SMTP, and
 * a mail problem never fails the request (the person's data is already saved).
 */
export async function queueEmail(email: Email): Promise<void> {
  try {
    await db().outboundEmail.create({ data: emailRow(email) });
  } catch (error) {
    console.error(`[mail] could not queue "${email.subject}": ${errorText(error)}`);
    return;
  }
  startDelivery();
}

/**
 * The queue row of an email, for callers that store it in their own transaction. Recipient and
 * bodies (names, addresses, links) are sealed like contact data (docs/decisions/027).
 */
export function emailRow(email: Email) {
  const { to, subject, text, html, locale, headers } = email;
  return {
    toSealed: seal(to),
    toHash: emailHash(to),
    subject,
    textSealed: seal(text),
    htmlSealed: seal(html),
    locale,
    ...(headers && { headers }),
  };
}

/**
 * The raw SQL that queues `email` once for each row of `source` (a CTE's name), for callers that
 * write it in the same statement as the record it belongs to (decisions 038, 039).
 */
export function queueEmailFrom(source: string, email: ReturnType<typeof emailRow>, now: Date) {
  return Prisma.sql`
    INSERT INTO "OutboundEmail" ("id", "toSealed", "toHash", "subject", "textSealed", "htmlSealed", "locale", "headers",
      "nextAttemptAt", "createdAt")
    SELECT ${newId()}, ${email.toSealed}, ${email.toHash}, ${email.subject}, ${email.textSealed}, ${email.htmlSealed},
      ${email.locale}, ${email.headers ? JSON.stringify(email.headers) : null}::jsonb, ${now}::timestamp(3),
      ${now}::timestamp(3)
    FROM ${Prisma.raw(`"${source}"`)}`;
}

/** Where-clause for the queued emails to this address. */
export function emailsTo(address: string) {
  return { toHash: { in: emailHashes(address) } };
}

/** Starts sending what is due, in the background. */
export function startDelivery() {
  // While a look in a second is scheduled (retrySoon: the door was busy), that look sends what is due
  // by then, also when the door has gone quiet meanwhile. A pass per request would cost a claim
  // statement each, hundreds a second, and find little or nothing due.
  if (retryScheduled) return;
  // A run going on takes the new message in its next pass; nothing per request waits on it.
  if (running) {
    again = true;
    return;
  }
  void deliverDueEmails().catch((error) => console.error("[mail] delivery run failed:", errorText(error)));
}

function errorText(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** A claimed message: its attempt is already counted. */
type Claimed = Pick<
  OutboundEmail,
  "id" | "toSealed" | "subject" | "textSealed" | "htmlSealed" | "locale" | "headers"
> & {
  attempts: number;
};

const batchSize = 20;

/**
 * Claims up to a batch of due messages in one statement (decision 038): each is marked as being
 * sent, with its attempt counted. Rows another instance is claiming are skipped, never waited for
 * or taken twice.
 */
export function claimDue(now: Date, claimedAt = Date.now(), dueBy = now) {
  const lockedUntil = new Date(claimedAt + claimMs);
  return db().$queryRaw<Claimed[]>`
    UPDATE "OutboundEmail"
    SET "status" = 'SENDING', "lockedUntil" = ${lockedUntil}::timestamp(3), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "OutboundEmail"
      WHERE ("status" = 'PENDING' AND "nextAttemptAt" <= ${dueBy}::timestamp(3))
        OR ("status" = 'SENDING' AND "lockedUntil" < ${now}::timestamp(3)) -- a sender that died mid-way
      ORDER BY "nextAttemptAt" LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "toSealed", "subject", "textSealed", "htmlSealed", "locale", "headers", "attempts"`;
}

/** Sends one claimed message; a failure is recorded at once, with the time of the next attempt. */
async function deliver(mail: Claimed) {
  try {
    const headers = (mail.headers ?? undefined) as Record<string, string> | undefined;
    await sendEmail({
      to: open(mail.toSealed),
      subject: mail.subject,
      text: open(mail.textSealed),
      html: open(mail.htmlSealed),
      locale: mail.locale,
      headers,
    });
    return true;
  } catch (error) {
    const failed = mail.attempts >= maxAttempts;
    await db().outboundEmail.update({
      where: { id: mail.id },
      data: {
        status: failed ? "FAILED" : "PENDING",
        nextAttemptAt: new Date(Date.now() + retryDelayMs(mail.attempts)),
        lockedUntil: null,
        lastError: errorText(error),
      },
    });
    console.error(
      `[mail] attempt ${mail.attempts} of message ${mail.id} failed${failed ? " (giving up)" : ""}: ${errorText(error)}`,
    );
    return false;
  }
}

// No send starts later than this after its batch was claimed: a send takes at most the SMTP
// timeouts (10 s + 20 s), so every message is sent and marked while its claim still holds and no
// other instance can have taken it back.
const lastSendStartMs = claimMs - 35_000;

/**
 * While visitors' form posts wait at this instance's door (scripts/server.mjs says how many), mail
 * due for less than this long waits: sending a message costs the event loop about as much as
 * answering a post (SMTP's small writes), and in a burst the person waiting for an answer comes
 * first. Mail older than this goes at once, so a long rush delays mail by this much, no more.
 */
export const mailWaitsWhileBusyMs = 10_000;

function formsWaiting(): boolean {
  const load = (globalThis as { weAreAleLoad?: { formsWaiting(): number } }).weAreAleLoad;
  return (load?.formsWaiting() ?? 0) > 0;
}

let retryScheduled = false;
/** Looks again in a second for the mail a busy moment held back. */
function retrySoon() {
  if (retryScheduled) return;
  retryScheduled = true;
  setTimeout(() => {
    retryScheduled = false;
    startDelivery();
  }, 1000).unref();
}

/** `now` stays the pass's start: a message that failed in this pass is not due again in it. */
async function runOnce(now = new Date()) {
  let sent = 0;
  for (;;) {
    const claimedAt = Date.now();
    const busy = formsWaiting();
    if (busy) retrySoon();
    const claimed = await claimDue(now, claimedAt, busy ? new Date(now.getTime() - mailWaitsWhileBusyMs) : now);
    const delivered: string[] = [];
    let next = 0;
    try {
      for (; next < claimed.length && Date.now() - claimedAt <= lastSendStartMs; next++)
        if (await deliver(claimed[next])) delivered.push(claimed[next].id);
    } finally {
      // The batch's successes in one statement (even when recording a failure threw). A crash
      // before it sends them again once their claim expires: delivery is at least once.
      if (delivered.length > 0)
        await db().outboundEmail.updateMany({
          where: { id: { in: delivered } },
          data: { status: "SENT", sentAt: new Date(), lockedUntil: null, lastError: null },
        });
    }
    // Not sent in time (a slow mail server): back in the queue, their attempt not counted.
    const unsent = claimed.slice(next).map((mail) => mail.id);
    if (unsent.length > 0)
      await db().outboundEmail.updateMany({
        where: { id: { in: unsent }, status: "SENDING" },
        data: { status: "PENDING", lockedUntil: null, attempts: { decrement: 1 } },
      });
    sent += delivered.length;
    if (claimed.length < batchSize && unsent.length === 0) return sent;
  }
}

let running: Promise<number> | undefined;
let again = false;

/**
 * Sends every message that is due. A call while a run is going asks it for one more pass and shares
 * its promise, so awaiting this still covers messages queued before the call. Under a launch-day
 * burst that is one run, not one waiting continuation per request: each of those kept its request's
 * memory alive until the queue was empty, which ran an instance out of heap (decision 034).
 */
export function deliverDueEmails(): Promise<number> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    try {
      let sent = await runOnce();
      while (again) {
        again = false;
        sent += await runOnce();
      }
      return sent;
    } finally {
      running = undefined;
    }
  })();
  return running;
}

function withRecipient<Row extends { toSealed: string }>({ toSealed, ...row }: Row) {
  return { ...row, to: open(toSealed) };
}

/** Counts per status and the messages needing attention, for the admin's mail page. */
export async function mailQueueState() {
  const [counts, attention, recent] = await Promise.all([
    db().outboundEmail.groupBy({ by: ["status"], _count: { _all: true } }),
    db().outboundEmail.findMany({
      where: { status: { in: ["PENDING", "SENDING", "FAILED"] } },
      orderBy: { createdAt: "asc" },
      take: 100,
      select: {
        id: true,
        toSealed: true,
        subject: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastError: true,
        createdAt: true,
      },
    }),
    db().outboundEmail.findMany({
      where: { status: "SENT" },
      orderBy: { sentAt: "desc" },
      take: 20,
      select: { id: true, toSealed: true, subject: true, sentAt: true, attempts: true },
    }),
  ]);
  return {
    counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Partial<Record<string, number>>,
    attention: attention.map(withRecipient),
    recent: recent.map(withRecipient),
  };
}

/** Puts failed messages back in the queue for another round of attempts. */
export async function retryFailed(ids?: string[]) {
  const result = await db().outboundEmail.updateMany({
    where: { status: "FAILED", ...(ids && { id: { in: ids } }) },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date() },
  });
  void deliverDueEmails().catch(() => {});
  return result.count;
}

/** Retention: sent and given-up mail (addresses, names, links) older than `cutoff` is deleted. */
export async function pruneOldEmails(cutoff: Date) {
  const { count } = await db().outboundEmail.deleteMany({
    where: { status: { in: ["SENT", "FAILED"] }, createdAt: { lt: cutoff } },
  });
  return count;
}
