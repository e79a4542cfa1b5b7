import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";
import { preferredEncoding } from "./conditional";
import { type GzipPrefix, gzipAfter, gzipPrefix } from "./gzip-prefix.server";
import type { Shell } from "./page-shell.server";

// Next.js drops Content-Encoding and Content-Length from a route handler's answer (it assumes a
// fetched body was decoded on the way). A route that sends a file stored compressed (the open-data
// snapshots, decision 031) or a page it compressed itself (the wall's searches) also names them in
// these headers, and this hook on the Node server turns them back into the real ones before the
// answer leaves; Next's own compression then leaves it alone.

export const storedEncodingHeaders = {
  "x-stored-content-encoding": "content-encoding",
  "x-stored-content-length": "content-length",
} as const;

/**
 * The paths whose answers may carry the headers above: the open-data files, and the wall's searches
 * at the address proxy.ts rewrites and at the route's own (which answers directly too).
 */
const storedFilePaths = /^\/(api\/endorsers\/(json|csv)|[a-z]{2}\/endorsers(\/search)?)(\?|$)/;

const shared = globalThis as { weAreAleStoredEncodings?: boolean };

/** Installs the hook (instrumentation.ts); Node publishes "http.server.request.start" before Next.js runs. */
export function passStoredEncodings() {
  if (shared.weAreAleStoredEncodings) return;
  shared.weAreAleStoredEncodings = true;
  subscribe("http.server.request.start", (message) => {
    const { request, response } = message as { request: IncomingMessage; response: ServerResponse };
    if (!storedFilePaths.test(request.url ?? "")) return;
    const setHeader = response.setHeader.bind(response);
    response.setHeader = (name, value) =>
      setHeader(storedEncodingHeaders[name.toLowerCase() as keyof typeof storedEncodingHeaders] ?? name, value);
  });
}

/**
 * True once the hook runs in this process: only then may a route send a stored compressed file
 * (without it the client would get compressed bytes it was not told about).
 */
export const storedEncodingsPass = () => shared.weAreAleStoredEncodings === true;

/** Each shell's start compressed once, for every answer set into it while it is kept. */
const compressedStarts = new WeakMap<Shell, GzipPrefix>();

/**
 * A page written for one request, `part` set into `shell`, gzipped when the client takes gzip: the
 * shell's start once per shell, the rest per answer (~0.1 ms, lib/http/gzip-prefix.server.ts). Next.js
 * would compress the whole page on the event loop in small streamed pieces, a fifth of a search's time.
 */
export function shellAnswer(request: Request, shell: Shell, part: string, headers: Record<string, string>): Response {
  const answer = new Headers({ ...headers, "Content-Type": "text/html; charset=utf-8", Vary: "Accept-Encoding" });
  if (
    !storedEncodingsPass() ||
    preferredEncoding(request.headers.get("accept-encoding"), ["gzip", "identity"]) !== "gzip"
  )
    return new Response(shell.before + part + shell.after, { headers: answer });
  let start = compressedStarts.get(shell);
  if (!start) {
    start = gzipPrefix(shell.before);
    compressedStarts.set(shell, start);
  }
  const body = gzipAfter(start, part + shell.after);
  // Each twice, as snapshotResponse does: the hook above restores the real ones.
  for (const name of ["Content-Encoding", "X-Stored-Content-Encoding"]) answer.set(name, "gzip");
  for (const name of ["Content-Length", "X-Stored-Content-Length"]) answer.set(name, String(body.length));
  return new Response(new Uint8Array(body), { headers: answer });
}
