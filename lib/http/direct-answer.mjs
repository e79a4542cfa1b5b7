// @ts-check
// Hands a request to the app's direct route for it, if it has one (lib/http/direct-routes.server.ts,
// decision 041), and writes the answer; every other request goes to Next.js. Plain JavaScript
// because scripts/server.mjs loads it before Next.js; the routes arrive once the app has started.

import { Readable } from "node:stream";

/** @typedef {(request: Request) => Promise<Response | null>} DirectHandler */
/** @typedef {(method: string, url: URL, headers: Headers) => DirectHandler | null} DirectRoutes */

/** @param {import("node:http").IncomingHttpHeaders} incoming */
function headersOf(incoming) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming)) {
    if (Array.isArray(value)) for (const each of value) headers.append(name, each);
    else if (value !== undefined) headers.set(name, value);
  }
  return headers;
}

/**
 * The request's address, when it reads the same once parsed. Any other (`//host/…`, a backslash,
 * dot segments, characters that need escaping) is Next.js's to clean up or refuse.
 * @param {import("node:http").IncomingMessage} req
 */
function plainAddress(req) {
  try {
    const url = new URL(req.url ?? "", `http://${req.headers.host ?? "localhost"}`);
    return `${url.pathname}${url.search}` === req.url ? url : null;
  } catch {
    return null;
  }
}

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {() => unknown} otherwise Next.js's answer
 */
export async function answerDirectly(req, res, otherwise) {
  const routes = /** @type {{ weAreAleDirectRoutes?: DirectRoutes }} */ (globalThis).weAreAleDirectRoutes;
  const method = req.method ?? "GET";
  const url = routes && plainAddress(req);
  if (!routes || !url) return otherwise();
  const headers = headersOf(req.headers);
  const handler = routes(method, url, headers);
  if (!handler) return otherwise();
  const body = method === "GET" || method === "HEAD" ? undefined : /** @type {ReadableStream} */ (Readable.toWeb(req));
  try {
    const response = await handler(new Request(url, { method, headers, body, duplex: "half" }));
    if (!response) return otherwise();
    const answer = response.body ? Buffer.from(await response.arrayBuffer()) : undefined;
    res.statusCode = response.status;
    for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
    const cookies = response.headers.getSetCookie();
    if (cookies.length > 0) res.setHeader("set-cookie", cookies);
    res.end(answer);
  } catch (error) {
    // As Next.js answers a route handler that threw (the routes answer their own errors; this is
    // for an answer that could not be written).
    console.error(error);
    if (res.headersSent) res.destroy();
    else res.writeHead(500, { "Cache-Control": "no-store" }).end();
  }
}
