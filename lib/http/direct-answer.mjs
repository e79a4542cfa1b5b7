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
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {() => unknown} otherwise Next.js's answer
 */
export async function answerDirectly(req, res, otherwise) {
  const routes = /** @type {{ weAreAleDirectRoutes?: DirectRoutes }} */ (globalThis).weAreAleDirectRoutes;
  const method = req.method ?? "GET";
  /** @type {URL} */
  let url;
  /** @type {Headers} */
  let headers;
  try {
    url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    headers = headersOf(req.headers);
  } catch {
    return otherwise(); // an address or header Next.js answers for
  }
  const handler = routes?.(method, url, headers);
  if (!handler) return otherwise();
  const body = method === "GET" || method === "HEAD" ? undefined : /** @type {ReadableStream} */ (Readable.toWeb(req));
  /** @type {Response | null} */
  let response;
  try {
    response = await handler(new Request(url, { method, headers, body, duplex: "half" }));
  } catch (error) {
    // As Next.js answers a route handler that threw.
    console.error(error);
    response = new Response(null, { status: 500, headers: { "Cache-Control": "no-store" } });
  }
  if (!response) return otherwise();
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== "set-cookie") res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader("set-cookie", cookies);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}
