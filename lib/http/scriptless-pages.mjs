// @ts-check
// Public pages that are the same for every visitor are sent without React's scripts (decision 036):
// they are plain HTML and CSS that work as they are (every public page works without JavaScript),
// so a learner on a cheap phone downloads, parses and runs none of the client runtime and payload
// that would only hydrate what the server already wrote. The endorsement form and the endorser's
// own page go the same way when proxy.ts marks them (`scriptlessHeader`): they work as plain form
// posts and get their enhancements from one small script (decision 037). The staff area, error
// pages and a client router's payloads are not touched.
// Plain JavaScript because scripts/server.mjs wraps Next.js with it (like response-cache.mjs).

import { deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { isShareable } from "./response-cache.mjs";

/** The attribute that keeps a script of our own (a small enhancement that needs no React). */
export const keptScriptAttribute = /** @type {const} */ ("data-scriptless-keep");

/** The header with which the app asks for a page of its own to be sent without React's scripts. */
export const scriptlessHeader = /** @type {const} */ ("x-scriptless");

/**
 * `html` without its `<script>` elements and the links that preload scripts, except scripts marked
 * with `keptScriptAttribute` and data that only looks like a script (structured data for search
 * engines). React escapes "</script" inside its inline payload, so the first closing tag is always
 * the element's own.
 * @param {string} html
 */
export function withoutScripts(html) {
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script>/gi, (script, attributes) =>
      attributes.includes(keptScriptAttribute) || /\btype="application\/(?:ld\+)?json"/.test(attributes) ? script : "",
    )
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, "");
}

/**
 * True when the page still needs React's scripts to show what it has: content streamed in after
 * the first bytes waits, hidden, for a script to move it into place.
 * @param {string} html
 */
export function needsScripts(html) {
  return /<template id="B:|<div hidden id="S:/.test(html);
}

/**
 * The answer is a page to send without scripts: one every visitor gets alike (proxy.ts marks shared
 * public GETs `public`), or one the app marked. Error pages keep theirs.
 * @param {import("node:http").ServerResponse} res
 */
function isScriptlessPage(res) {
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return false;
  if (res.getHeader(scriptlessHeader) !== undefined) return res.statusCode === 200;
  return isShareable(res.statusCode, (name) => res.getHeader(name));
}

/** @type {Record<string, { decode: (body: Buffer) => Buffer; encode: (body: Buffer) => Buffer }>} */
const codings = {
  identity: { decode: (body) => body, encode: (body) => body },
  gzip: { decode: gunzipSync, encode: gzipSync },
  deflate: { decode: inflateSync, encode: deflateSync },
};

/**
 * `body`, encoded as `coding`, without its scripts; null when it cannot or should not lose them.
 * @param {Buffer} body
 * @param {string} coding
 */
export function scriptlessBody(body, coding) {
  const codec = codings[coding];
  if (!codec) return null;
  try {
    const html = codec.decode(body).toString("utf8");
    if (needsScripts(html)) return null;
    return codec.encode(Buffer.from(withoutScripts(html), "utf8"));
  } catch {
    return null; // an answer we cannot read goes out as it came
  }
}

/**
 * Lets `next` answer `req`; a page to send without scripts (a GET, or a form posted without
 * JavaScript) is held until it ends and sent without them. Everything else streams through untouched. Decided when the status line and headers
 * are written (Next.js's compression has chosen its encoding by then), which is also when the
 * held page's length becomes known.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {() => unknown} next
 */
export function sendScriptless(req, res, next) {
  // An empty rsc header is none to Next.js, which renders the page as for anyone: so here too. (A POST
  // with an empty Next-Action gets Next.js's 400 in plain text, which this never touches.)
  const plainRequest = !req.headers.rsc && !req.headers["next-action"];
  if (!(req.method === "GET" || req.method === "POST") || !plainRequest) return next();
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const flushHeaders = res.flushHeaders;
  /** @type {"undecided" | "hold" | "pass" | "release"} */
  let mode = "undecided";
  /** @type {Buffer[]} */
  const chunks = [];

  const decide = () => {
    if (mode !== "undecided") return mode;
    mode = isScriptlessPage(res) ? "hold" : "pass";
    if (!res.headersSent) res.removeHeader(scriptlessHeader);
    return mode;
  };
  res.writeHead = /** @type {any} */ (
    (/** @type {any[]} */ ...args) => {
      if (typeof args[0] === "number") res.statusCode = args[0];
      const headers = args.find((arg, index) => index > 0 && arg && typeof arg === "object");
      if (headers && !Array.isArray(headers))
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      if (decide() === "hold") return res; // written when the page ends
      return writeHead.apply(res, /** @type {any} */ (args));
    }
  );
  res.flushHeaders = () => {
    if (decide() !== "hold") flushHeaders.call(res);
  };
  res.write = /** @type {any} */ (
    (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
      if (decide() !== "hold") return write.call(res, chunk, encoding, callback);
      keep(chunk, encoding);
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done);
      return true;
    }
  );
  res.end = /** @type {any} */ (
    (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
      if (decide() !== "hold") return end.call(res, chunk, encoding, callback);
      keep(chunk, encoding);
      const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
      const held = Buffer.concat(chunks);
      const coding = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
      const body = scriptlessBody(held, coding) ?? held;
      mode = "release";
      res.removeHeader("transfer-encoding");
      res.setHeader("content-length", body.length);
      writeHead.call(res, res.statusCode);
      return end.call(res, body, done);
    }
  );
  /**
   * @param {unknown} chunk
   * @param {unknown} encoding
   */
  function keep(chunk, encoding) {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(
            /** @type {any} */ (chunk),
            typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8",
          ),
    );
  }
  return next();
}
