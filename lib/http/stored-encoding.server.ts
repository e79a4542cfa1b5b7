import "server-only";
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage, ServerResponse } from "node:http";

// Next.js drops Content-Encoding and Content-Length from a route handler's answer (it assumes a
// fetched body was decoded on the way). A route that sends a file stored compressed (the open-data
// snapshots, decision 031) also names them in these headers, and this hook on the Node server turns
// them back into the real ones before the answer leaves; Next's own compression then leaves it alone.

export const storedEncodingHeaders = {
  "x-stored-content-encoding": "content-encoding",
  "x-stored-content-length": "content-length",
} as const;

/** The paths whose answers may carry the headers above. */
const storedFilePaths = /^\/api\/endorsers\/(json|csv)(\?|$)/;

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
