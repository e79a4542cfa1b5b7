// The instance's doors in front of Next.js (decision 034): at most `running` requests are being
// worked out at once, the rest wait their turn, and one that waited `maxWaitMs` gets a short
// "busy" page instead. Every request inside holds a render's or a form's memory, so this is what
// keeps a spike (searches on the wall, a burst of form posts) inside the heap the instance is
// given, and answers arrive in order instead of all slowly together. A slot is free again once the
// answer's headers are out: from then on it is bytes being sent (a download), not work.
// A waiting request costs a socket: its body is not read until its turn (a refused one, never).
// Plain JavaScript because scripts/server.mjs loads it before Next.js.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const retryAfterSeconds = 5;

/** The "busy" page's texts per language, from the messages of every language the site has. */
const messagesDir = path.join(import.meta.dirname, "../../messages");
/** @type {Map<string, { title: string; text: string; resend: string }>} */
const busyTexts = new Map(
  readdirSync(messagesDir)
    .filter((name) => name.endsWith(".json"))
    .map((name) => {
      const messages = JSON.parse(readFileSync(path.join(messagesDir, name), "utf8"));
      return [name.slice(0, -".json".length), messages.BusyPage];
    }),
);
const rightToLeft = new Set(["ar"]);

/**
 * A read is asked to wait and reloads itself; a form post must not be sent again by a reload, so
 * it is asked to go back (the browser kept what was typed) and send it again.
 * @param {string | undefined} url
 * @param {"reload" | "resend"} busy
 */
function busyPage(url, busy) {
  const first = (url ?? "/").split(/[/?#]/)[1] ?? "";
  const locale = busyTexts.has(first) ? first : "en";
  const texts = /** @type {{ title: string; text: string; resend: string }} */ (busyTexts.get(locale));
  const dir = rightToLeft.has(locale) ? "rtl" : "ltr";
  const refresh = busy === "reload" ? `<meta http-equiv="refresh" content="${retryAfterSeconds}">` : "";
  const text = busy === "reload" ? texts.text : texts.resend;
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${refresh}<title>${texts.title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1>${texts.title}</h1><p>${text}</p></body></html>`;
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
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {() => unknown} work
   */
  function enter(req, res, work) {
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
          leave();
          return /** @type {any} */ (writeHead).apply(res, args);
        }
      );
      res.once("close", leave);
      return work();
    };
    if (inside < running) return start();
    if (queue.length >= waiting) return refuse(req, res, busy);
    const timer = setTimeout(() => {
      dequeue(turn);
      refuse(req, res, busy);
    }, maxWaitMs);
    // A visitor who gave up while waiting gives back their place in the queue.
    const gone = () => {
      clearTimeout(timer);
      dequeue(turn);
    };
    const turn = () => {
      clearTimeout(timer);
      res.off("close", gone);
      if (res.destroyed) admitNext();
      else start();
    };
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
  const body = Buffer.from(busyPage(req.url, busy));
  res.writeHead(503, {
    "content-type": "text/html; charset=utf-8",
    "content-length": body.length,
    "cache-control": "no-store",
    "retry-after": String(retryAfterSeconds),
    "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : body);
}
