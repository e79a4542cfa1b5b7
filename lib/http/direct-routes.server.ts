import "server-only";
import { GET as wallSearch } from "@/app/[locale]/endorsers/search/route";
import { POST as confirm } from "@/app/api/confirm/route";
import { isLocale } from "@/i18n/routing";
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
    return (request) => answerSignUpPost(request, locale, (state) => formPage(state, request));
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
async function formPage(state: EndorseState, post: Request): Promise<Response> {
  const { pathname, search } = new URL(post.url);
  const host = post.headers.get("x-forwarded-host") ?? post.headers.get("host");
  const asked = {
    ...(host && { "x-forwarded-host": host }),
    "x-forwarded-proto": post.headers.get("x-forwarded-proto") ?? "http",
    [formStateHeader]: keepFormState(state),
  };
  // Direct routes run only under scripts/server.mjs, which gives requestOwnPage this instance's address.
  const page = await requestOwnPage(`${pathname}${search}`, "http://127.0.0.1:3000", asked);
  const headers = new Headers(page.headers);
  for (const name of ["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"])
    headers.delete(name);
  return new Response(page.body, { status: page.status, headers });
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
