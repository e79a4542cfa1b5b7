// The instance's doors in front of Next.js (decision 034): at most `running` requests are being
// worked out at once, the rest wait their turn, and one that waited `maxWaitMs` gets a short
// "busy" page instead. Every request inside holds a render's or a form's memory, so this is what
// keeps a spike (searches on the wall, a burst of form posts) inside the heap the instance is
// given, and answers arrive in order instead of all slowly together. A slot is free again once the
// answer's headers are out: from then on it is bytes being sent (a download), not work.
// A waiting request costs a socket: its body is not read until its turn (a refused one, never).
// Plain JavaScript because scripts/server.mjs loads it before Next.js.

import { AsyncResource } from "node:async_hooks";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const retryAfterSeconds = 5;

/** The "busy" page's texts per language, from the messages of every language the site has. */
const messagesDir = path.join(import.meta.dirname, "../../messages");
/** @typedef {{ title: string; text: string; resend: string }} BusyTexts */
/** @type {Map<string, Partial<BusyTexts>>} */
const busyTexts = new Map(
  readdirSync(messagesDir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const messages = JSON.parse(readFileSync(path.join(messagesDir, name), "utf8"));
      return [name.slice(0, -".json".length), messages.BusyPage ?? {}];
    }),
);
/** @param {string} locale @param {keyof BusyTexts} key */
const busyText = (locale, key) => busyTexts.get(locale)?.[key] ?? busyTexts.get("en")?.[key] ?? "";
/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const rightToLeft = new Set(["ar"]);

/**
 * A read is asked to wait and reloads itself; a form post must not be sent again by a reload, so
 * it is asked to go back (the browser kept what was typed) and send it again.
 * @param {string | undefined} url
 * @param {"reload" | "resend"} busy
 */
function busyPage(url, busy) {
  const locale = localeOf(url);
  const title = escapeHtml(busyText(locale, "title"));
  const text = escapeHtml(busyText(locale, busy === "reload" ? "text" : "resend"));
  const dir = rightToLeft.has(locale) ? "rtl" : "ltr";
  const refresh = busy === "reload" ? `<meta http-equiv="refresh" content="${retryAfterSeconds}">` : "";
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${title}</h1><p>${text}</p></body></html>`;
}

/** The URL's first segment if the site has that language, else English. @param {string | undefined} url */
function localeOf(url) {
  const first = (url ?? "/").split(/[/?#]/)[1] ?? "";
  return busyTexts.has(first) ? first : "en";
}

/**
 * @param {{ running: number; waiting: number; maxWaitMs: number; busy: "reload" | "resend" }} limits
 */
export function createDoor({ running, waiting, maxWaitMs, busy }) {
  let inside = 0;
  /** @type {(() => void)[]} */
  const queue = [];

  /** Hands the free slot to the next request still waiting (one whose visitor left gives it on). */
  function admitNext() {
    const next = queue.shift();
    if (next) next();
  }

  /** @param {() => void} turn */
  const dequeue = (turn) => {
    const at = queue.indexOf(turn);
    if (at >= 0) queue.splice(at, 1);
  };

  /**
   * Runs `work` for this request when there is room; answers 503 when there was none in time.
   * A form post sent by JavaScript (a server action, `Next-Action`) is never timed out: its page
   * keeps what was typed only while it waits, so it waits for its turn (the queue is still bounded).
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => unknown} work
   */
  function enter(req, res, work) {
    // Nobody to answer (the visitor left while waiting, here or at the one-second cache): a slot
    // taken now would never be given back, since no headers and no second "close" would come.
    if (res.destroyed) return;
    const start = () => {
      inside++;
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        inside--;
        admitNext();
      };
      // Node sends the headers through writeHead, also when the body's first write sends them.
      const writeHead = res.writeHead;
      res.writeHead = /** @type {typeof res.writeHead} */ (
        (/** @type {any[]} */ ...args) => {
          const sent = /** @type {any} */ (writeHead).apply(res, args);
          leave();
          return sent;
        }
      );
      res.once("close", leave);
      return work();
    };
    if (inside < running) return start();
    if (queue.length >= waiting) return refuse(req, res, busy);
    const patient = req.headers["next-action"] !== undefined;
    const timer = patient
      ? undefined
      : setTimeout(() => {
          dequeue(turn);
          refuse(req, res, busy);
        }, maxWaitMs);
    // A visitor who gave up while waiting gives back their place in the queue.
    const gone = () => {
      clearTimeout(timer);
      dequeue(turn);
    };
    // In this request's own async context: started from another request's answer, it would
    // otherwise carry (and keep alive) that request's context. A resource, not AsyncResource.bind,
    // which costs Node 20 some 25 µs a call (it defines a deprecated property on each bound function).
    const context = new AsyncResource("door-turn");
    const turn = () =>
      context.runInAsyncScope(() => {
        clearTimeout(timer);
        res.off("close", gone);
        if (res.destroyed) admitNext();
        else start();
      });
    res.once("close", gone);
    queue.push(turn);
  }

  return { enter, counts: () => ({ inside, waiting: queue.length }) };
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {"reload" | "resend"} busy
 */
function refuse(req, res, busy) {
  if (res.headersSent || res.destroyed) return;
  // A server action sent by JavaScript shows a plain-text error's words; an HTML page it cannot read.
  const plain = req.headers["next-action"] !== undefined;
  const locale = localeOf(req.url);
  const body = Buffer.from(plain ? busyText(locale, "resend") : busyPage(req.url, busy));
  res.writeHead(503, {
    "content-type": plain ? "text/plain; charset=utf-8" : "text/html; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-store",
    "retry-after": String(retryAfterSeconds),
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
