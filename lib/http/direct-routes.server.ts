import "server-only";
import { gzipSync } from "node:zlib";
import { GET as wallSearch } from "@/app/[locale]/endorsers/search/route";
import { POST as confirm } from "@/app/api/confirm/route";
import { isLocale, type Locale } from "@/i18n/routing";
import { submissionsFull } from "../availability/admission";
import { isDatabaseDown } from "../availability/database-health";
import { isWallSearch } from "../cache/http-cache";
import type { EndorseState } from "../endorsements/form.server";
import { formStateHeader, keepFormState } from "../endorsements/form-handoff";
import { answerSignUpPost } from "../endorsements/plain-post.server";
import {
  hstsHeader,
  isCrossSiteWrite,
  isOversizedFormPost,
  isOversizedUrl,
  isPlainEndorsementPost,
  publicHeaders,
} from "../security/request-guard";
import { requestOwnPage } from "./page-shell.server";
import { busyResponse } from "./plain-pages";
import { connectionHeaders } from "./response-cache.mjs";

// The three answers no cache can keep that a launch day asks for most: a search of the wall, the
// confirmation button and the endorsement form's post. scripts/server.mjs hands them to their
// handlers itself, skipping Next.js's router, proxy.ts and the rewrite, which cost a search two
// thirds of its time (decision 041), and the server action's machinery, which cost a sign-up half
// of its (decision 042). Anything proxy.ts would refuse or answer itself is left to Next.js, so those
// answers keep one owner; the answers from here get the headers Next.js adds (next.config.ts and
// proxy.ts).

/**
 * A route's answer; null: let Next.js answer after all. Only a GET's handler may hand back: a
 * post's body is being read from the moment its handler runs.
 */
export type DirectHandler = (request: Request) => Promise<Response | null>;

/** The handler for a request to this instance, judged by its method, address and headers alone. */
export function directRoute(method: string, url: URL, headers: Headers): DirectHandler | null {
  const route = routeFor(method, url, headers);
  if (!route || proxyAnswersFirst(method, url, headers)) return null;
  return answering(route);
}

function routeFor(method: string, url: URL, headers: Headers): DirectHandler | null {
  if (method === "POST" && url.pathname === "/api/confirm") return confirm;
  const locale = url.pathname.split("/")[1] ?? "";
  if (!isLocale(locale)) return null;
  if (method === "GET" && isWallSearch(method, url))
    // While the database is away proxy.ts answers a read with the translated 503 page.
    return async (request) =>
      (await isDatabaseDown()) ? null : wallSearch(request, { params: Promise.resolve({ locale }) });
  if (isPlainEndorsementPost({ method, headers }, url.pathname))
    return (request) => answerSignUpPost(request, locale, (state) => formPage(state, request, locale));
  return null;
}

/**
 * The answers proxy.ts gives before the app reads a request's body (in its order): an address over
 * 2 KB, a cross-site post, a form over the body limit by its Content-Length, and the endorsement
 * form's post while the form's door is full.
 */
function proxyAnswersFirst(method: string, url: URL, headers: Headers) {
  return (
    isOversizedUrl({ url: url.href }) ||
    isCrossSiteWrite({ method, headers }) ||
    (isOversizedFormPost({ method, headers }) && !url.pathname.startsWith("/api/")) ||
    (isPlainEndorsementPost({ method, headers }, url.pathname) && submissionsFull())
  );
}

/**
 * The endorsement form back with `state` (what was typed and what to correct): the page the form was
 * posted to, as this instance renders it for the visitor (under the host and scheme they asked for,
 * which its alternate links name), given the state through form-handoff.ts. Without scripts, like
 * every form page: scripts/server.mjs strips them from its own answer too.
 */
async function formPage(state: EndorseState, post: Request, locale: Locale): Promise<Response> {
  const { pathname, search } = new URL(post.url);
  const host = post.headers.get("x-forwarded-host") ?? post.headers.get("host");
  const asked = {
    ...(host && { "x-forwarded-host": host }),
    "x-forwarded-proto": post.headers.get("x-forwarded-proto") ?? "http",
    [formStateHeader]: keepFormState(state),
  };
  try {
    const page = await requestOwnPage(`${pathname}${search}`, null, asked);
    const html = Buffer.from(await page.arrayBuffer());
    const headers = new Headers(page.headers);
    for (const name of connectionHeaders) headers.delete(name);
    if (!/\bgzip\b/.test(post.headers.get("accept-encoding") ?? ""))
      return new Response(html, { status: page.status, headers });
    headers.set("Content-Encoding", "gzip");
    return new Response(gzipSync(html), { status: page.status, headers });
  } catch (error) {
    // The instance could not render its own page (stopping for a restart, or far too busy). Nothing
    // was stored, and the "send it again" page's Back button returns to the form as typed.
    console.error(`The endorsement form could not be sent back: ${error instanceof Error ? error.message : error}`);
    return busyResponse(locale);
  }
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
