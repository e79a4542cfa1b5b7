import "server-only";
import { GET as wallSearch } from "@/app/[locale]/endorsers/search/route";
import { POST as confirm } from "@/app/api/confirm/route";
import { isLocale } from "@/i18n/routing";
import { isDatabaseDown } from "../availability/database-health";
import { isWallSearch } from "../cache/http-cache";
import { hstsHeader, isCrossSiteWrite, isOversizedUrl, publicHeaders } from "../security/request-guard";

// The two answers no cache can keep that a launch day asks for most: a search of the wall and the
// confirmation button. scripts/server.mjs hands them to their route handlers itself, skipping
// Next.js's router, proxy.ts and the rewrite, which cost a search two thirds of its time (decision
// 041). Anything proxy.ts would refuse or answer itself is left to Next.js, so those answers keep
// one owner; the answers from here get the headers Next.js adds (next.config.ts and proxy.ts).

/**
 * A route's answer; null: let Next.js answer after all. Only a GET's handler may hand back: a
 * post's body is being read from the moment its handler runs.
 */
export type DirectHandler = (request: Request) => Promise<Response | null>;

/** The handler for a request to this instance, judged by its method, address and headers alone. */
export function directRoute(method: string, url: URL, headers: Headers): DirectHandler | null {
  const route = routeFor(method, url);
  if (!route || isOversizedUrl({ url: url.href }) || isCrossSiteWrite({ method, headers })) return null;
  return answering(route);
}

function routeFor(method: string, url: URL): DirectHandler | null {
  const locale = url.pathname.split("/")[1] ?? "";
  if (method === "GET" && isWallSearch(method, url) && isLocale(locale))
    // While the database is away proxy.ts answers a read with the translated 503 page.
    return async (request) =>
      (await isDatabaseDown()) ? null : wallSearch(request, { params: Promise.resolve({ locale }) });
  if (method === "POST" && url.pathname === "/api/confirm") return confirm;
  return null;
}

/** `route`'s answer with the site's headers; a route that threw gets Next.js's empty 500. */
function answering(route: DirectHandler): DirectHandler {
  return async (request) => {
    try {
      const response = await route(request);
      return response && withSiteHeaders(response);
    } catch (error) {
      console.error(error);
      return withSiteHeaders(new Response(null, { status: 500, headers: { "Cache-Control": "no-store" } }));
    }
  };
}

function withSiteHeaders(response: Response): Response {
  const headers = new Headers(response.headers);
  for (const { key, value } of publicHeaders) headers.set(key, value);
  const hsts = hstsHeader(process.env.SITE_URL);
  if (hsts) headers.set("Strict-Transport-Security", hsts);
  return new Response(response.body, { status: response.status, headers });
}

/** Offers the routes to scripts/server.mjs (instrumentation.ts; this module is in Next.js's bundle). */
export function offerDirectRoutes() {
  (globalThis as { weAreAleDirectRoutes?: typeof directRoute }).weAreAleDirectRoutes = directRoute;
}
