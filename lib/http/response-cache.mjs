// @ts-check
// The instance's own micro-cache of finished answers (decision 033): a page that is the same for
// every visitor is rendered, compressed and sent once a second at most, however many ask for it.
// Plain JavaScript because scripts/server.mjs loads it before Next.js (like lib/cache-handler.mjs).
//
// It keeps only what the app itself marked shareable, by the rule the shipped nginx follows: a 200
// whose Cache-Control says public (proxy.ts sets it on shared public GETs; lib/cache/http-cache.ts
// decides which) and neither private, no-store nor no-cache, without Set-Cookie, asked for without a
// cookie, credentials, a client-router header, a range or If-Modified-Since alone. A browser's reload
// (If-None-Match) is keyed as the request it repeats: one naming the ETag of the answer kept for it
// (the page, or the app's own 304 to an earlier reload) is told "304 Not Modified" from the cache;
// one naming another version of an HTML page is sent the page kept (decision 050); any other goes
// to Next.js, which decides (decision 046). Every invalidation this instance makes or learns of empties it
// (lib/cache-handler.mjs calls `dropAllAnswers`); otherwise an answer is fresh for `TTL_MS`, and
// sent at most `STALE_MS` old while its replacement is rendered, so the freshness rules of the
// page cache hold with seconds to spare.

import { AsyncResource } from "node:async_hooks";
import { hasVersion } from "./entity-tags.mjs";

/** @typedef {{ status: number; headers: [string, string | string[]][]; body: Buffer; storedAt: number }} Answer */

const TTL_MS = 1000;
/** How old an answer may be when sent while its replacement is being rendered. */
const STALE_MS = 5000;
const MAX_ENTRIES = 2000;
const MAX_BYTES = 32 * 1024 * 1024;
/** Larger answers (the plain open-data files) are streamed from disk each time instead. */
const MAX_ANSWER_BYTES = 4 * 1024 * 1024;

/** Request headers that make an answer personal, partial or a client-router payload. */
const personalHeaders = [
  "cookie",
  "authorization",
  "range",
  "if-none-match",
  "if-modified-since",
  "rsc",
  "next-action",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
];
/** Response headers that belong to one connection, not to the answer. */
export const connectionHeaders = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length"]);

/** Keys being rendered now → the requests waiting for them. */
/** @type {Map<string, (() => void)[]>} */
const rendering = new Map();

/** `generation` counts invalidations: an answer rendered across one is not kept. */
/** @type {{ entries: Map<string, Answer>; bytes: number; generation: number }} */
const state = /** @type {any} */ (globalThis).weAreAleAnswers ?? { entries: new Map(), bytes: 0, generation: 0 };
/** @type {any} */ (globalThis).weAreAleAnswers = state;

/** How many invalidations this instance has made or learned of (each one empties this cache). */
export function invalidationsSeen() {
  return state.generation;
}

/** Empties the cache: called on every invalidation (a change anywhere may change any page). */
export function dropAllAnswers() {
  state.entries.clear();
  state.bytes = 0;
  state.generation++;
}

/**
 * The request's Accept-Encoding, normalised, as part of the key: the app may answer gzip (Next.js)
 * or br (the open-data files), so each distinct header gets its own copy. Null when the header is
 * unusual enough (a q-value) that the request is better left to Next.js.
 * @param {string | undefined} header
 */
export function encodingClass(header) {
  if (!header) return "identity";
  if (header.includes("q=")) return null;
  const tokens = header
    .toLowerCase()
    .split(",")
    .map((token) => token.trim())
    .filter(Boolean);
  return [...new Set(tokens)].sort().join(",") || "identity";
}

/**
 * The cache key of a request that may be answered from the cache, or null.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 */
export function answerKey(request) {
  if (request.method !== "GET" || !request.url) return null;
  if (personalHeaders.some((name) => request.headers[name] !== undefined)) return null;
  const accept = request.headers["accept-encoding"];
  const encoding = encodingClass(Array.isArray(accept) ? accept.join(",") : accept);
  return encoding && `${encoding} ${request.url}`;
}

/**
 * The key of a browser's reload, If-None-Match (If-Modified-Since is then ignored: RFC 9110 13.1.3),
 * of an answer that could be in the cache; otherwise null.
 * @param {{ method?: string; url?: string; headers: Record<string, string | string[] | undefined> }} request
 */
export function revalidationKey(request) {
  if (request.headers["if-none-match"] === undefined) return null;
  const { "if-none-match": _tags, "if-modified-since": _date, ...headers } = request.headers;
  return answerKey({ method: request.method, url: request.url, headers });
}

/**
 * The stored answer for `key` if it is still fresh.
 * @param {string} key
 * @param {number} [now]
 */
export function freshAnswer(key, now = Date.now()) {
  const answer = state.entries.get(key);
  return answer && now - answer.storedAt < TTL_MS ? answer : undefined;
}

/**
 * The answer a request for `key` may be sent now: fresh, or not too stale while its replacement
 * is being rendered.
 * @param {string} key
 * @param {number} now
 */
function sendableAnswer(key, now) {
  const answer = state.entries.get(key);
  const age = answer ? now - answer.storedAt : Number.POSITIVE_INFINITY;
  return age < TTL_MS || (rendering.has(key) && age < STALE_MS) ? answer : undefined;
}

/** @param {string} key */
function forget(key) {
  const answer = state.entries.get(key);
  if (!answer) return;
  state.bytes -= answer.body.length;
  state.entries.delete(key);
}

/**
 * The app marked this answer the same for every visitor (see the top of this file): the rule this
 * cache, nginx and lib/http/scriptless-pages.mjs follow.
 * @param {number} status
 * @param {(name: string) => unknown} header the answer's header by lower-case name
 */
export function isShareable(status, header) {
  const cacheControl = String(header("cache-control") ?? "");
  return (
    status === 200 &&
    /\bpublic\b/.test(cacheControl) &&
    !/\b(private|no-store|no-cache)\b/.test(cacheControl) &&
    header("set-cookie") === undefined
  );
}

/**
 * Keeps `answer` under `key` if the app marked it shareable (see the top of this file).
 * @param {string} key
 * @param {Answer} answer
 */
export function keepAnswer(key, answer) {
  /** @param {string} name */
  const header = (name) => answer.headers.find(([candidate]) => candidate === name)?.[1];
  // The app's 304 says the ETag it names is current: kept, for reloads naming it.
  const isNotModified = answer.status === 304 && typeof header("etag") === "string";
  if (!isShareable(isNotModified ? 200 : answer.status, header) || answer.body.length > MAX_ANSWER_BYTES) return false;
  const kept = state.entries.get(key);
  if (isNotModified && kept?.headers.some(([name, value]) => name === "etag" && value === header("etag"))) {
    kept.storedAt = answer.storedAt; // the page kept is that version: it stays, for visitors without an ETag too
    return true;
  }
  forget(key);
  state.entries.set(key, answer);
  state.bytes += answer.body.length;
  while (state.entries.size > MAX_ENTRIES || state.bytes > MAX_BYTES) {
    const oldest = state.entries.keys().next().value;
    if (oldest === undefined) break;
    forget(oldest);
  }
  return true;
}

/**
 * Serves `req` from the cache, or lets `next` answer it and keeps the answer if it may. One request
 * per key renders at a time: while it does, the others get the previous answer (at most
 * `STALE_MS` old; an invalidation leaves none) or wait for the new one, so a page that expires
 * under a crowd is rendered once, not once for each visitor waiting. A crowd reloading the page
 * (If-None-Match) is handled the same way: the app's 304 is kept as well as its 200, for its ETag
 * (and a 304 naming the kept page's ETag keeps the page, for another second).
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {() => unknown} next
 */
export function answerFromCache(req, res, next) {
  return serve(req, res, next, false);
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {() => unknown} next
 * @param {boolean} secondTurn
 */
function serve(req, res, next, secondTurn) {
  const isReload = req.headers["if-none-match"] !== undefined;
  const key = isReload ? revalidationKey(req) : answerKey(req);
  if (!key) return next();
  const fromCache = () => {
    const answer = sendableAnswer(key, Date.now());
    if (answer === undefined) return false;
    if (!isReload) return send(res, answer);
    return notModified(req, res, answer) || (isPage(answer) && send(res, answer));
  };
  if (fromCache()) return;
  const waiting = rendering.get(key);
  if (waiting) {
    // Once it is rendered: from the cache if what was kept answers this request, from Next.js otherwise;
    // a visitor who waited behind a reload the app answered 304 takes one more turn, so that crowd is
    // rendered once too. In this request's own async context (it is resumed from the leader's).
    waiting.push(
      AsyncResource.bind(() => {
        if (res.destroyed || fromCache()) return;
        if (!isReload && !secondTurn && freshAnswer(key)?.status === 304) serve(req, res, next, true);
        else next();
      }),
    );
    return;
  }
  rendering.set(key, []);
  const generation = state.generation;
  recordAnswer(res, (status, body) => {
    if (generation !== state.generation) return;
    const headers = Object.entries(res.getHeaders())
      .filter(([name]) => !connectionHeaders.has(name))
      .map(
        ([name, value]) =>
          /** @type {[string, string | string[]]} */ ([name, Array.isArray(value) ? value : String(value)]),
      );
    keepAnswer(key, { status, headers, body, storedAt: Date.now() });
  });
  // Finished or broken off, the waiting requests go on.
  res.once("close", () => {
    const waiters = rendering.get(key) ?? [];
    rendering.delete(key);
    for (const resume of waiters) resume();
  });
  return next();
}

/** What a 304 carries of the answer it stands for (RFC 9110 15.4.5). */
const notModifiedHeaders = new Set(["cache-control", "content-location", "etag", "expires", "vary"]);

/**
 * "304 Not Modified" to a reload whose If-None-Match names the ETag of `answer` (a page or the app's
 * own 304); false for any other reload.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {Answer} answer
 */
function notModified(req, res, answer) {
  const etag = answer.headers.find(([name]) => name === "etag")?.[1];
  if (typeof etag !== "string" || !hasVersion(req.headers["if-none-match"], [etag])) return false;
  res.statusCode = 304;
  for (const [name, value] of answer.headers) if (notModifiedHeaders.has(name)) res.setHeader(name, value);
  res.setHeader("x-origin-cache", "HIT");
  res.end();
  return true;
}

/**
 * An HTML page, whose ETag names its body exactly (Next.js hashes it): a reload naming any other
 * ETag would be sent this page by the app too. The open-data routes also accept the ETag of another
 * encoding of the same version, so a reload of theirs that this cache cannot match is theirs to
 * answer (decision 050).
 * @param {Answer} answer
 */
function isPage(answer) {
  const type = answer.headers.find(([name]) => name === "content-type")?.[1];
  return typeof type === "string" && /^text\/html\b/i.test(type);
}

/**
 * @param {import("node:http").ServerResponse} res
 * @param {Answer} answer
 */
function send(res, answer) {
  if (answer.status !== 200) return false;
  res.statusCode = answer.status;
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.setHeader("content-length", answer.body.length);
  res.setHeader("x-origin-cache", "HIT");
  res.end(answer.body);
  return true;
}

/**
 * Collects the bytes written to `res` (after compression: Next.js wraps these methods) and hands
 * them over once the answer ends.
 * @param {import("node:http").ServerResponse} res
 * @param {(status: number, body: Buffer) => void} done
 */
function recordAnswer(res, done) {
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  const collect = (chunk, encoding) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    const buffer = Buffer.isBuffer(chunk)
      ? chunk
      : Buffer.from(
          /** @type {any} */ (chunk),
          typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8",
        );
    size += buffer.length;
    if (size <= MAX_ANSWER_BYTES) chunks.push(buffer);
  };
  res.write = /** @type {any} */ (
    (chunk, encoding, callback) => {
      collect(chunk, encoding);
      return write(chunk, encoding, callback);
    }
  );
  res.end = /** @type {any} */ (
    (chunk, encoding, callback) => {
      collect(chunk, encoding);
      const result = end(chunk, encoding, callback);
      if (size <= MAX_ANSWER_BYTES) done(res.statusCode, Buffer.concat(chunks));
      return result;
    }
  );
}
