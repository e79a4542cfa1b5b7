import { type NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { isLocale, routing } from "./i18n/routing";
import { submissionsFull } from "./lib/availability/admission";
import { isDatabaseDown } from "./lib/availability/database-health";
import { isSharedPublicGet, isWallSearch, publicCacheControl } from "./lib/cache/http-cache";
import { formStateHeader, isKeptFormState } from "./lib/endorsements/form-handoff";
import { busyResponse, requestLocale, tooLargeResponse, unavailableResponse } from "./lib/http/plain-pages";
import { scriptlessHeader } from "./lib/http/scriptless-pages.mjs";
import {
  hstsHeader,
  isCrossSiteWrite,
  isOversizedFormPost,
  isOversizedUrl,
  isPlainEndorsementPost,
  strictPolicy,
} from "./lib/security/request-guard";

const localise = createMiddleware(routing);

// In front of every request except build assets: size and cross-site checks, a calm 503 while the
// database is unreachable, a nonce-based CSP for the staff area, and locale routing for public pages.
// HSTS follows the run-time SITE_URL (next.config.ts headers are fixed at build time).
// A wall search, the confirmation button and the endorsement form's plain post skip this file
// (lib/http/direct-routes.server.ts, decisions 041 and 042): a check added here that should stop them
// belongs in that file's `directRoute` too.
export default async function proxy(request: NextRequest) {
  const response = await route(request);
  // Next.js keeps a Cache-Control set here (its own says s-maxage=<revalidate>, or no-store for the
  // wall); error pages and redirects keep theirs.
  if (response.status < 300 && isSharedPublicGet(request.method, request.nextUrl))
    response.headers.set("Cache-Control", publicCacheControl);
  if (isPlainFormPage(request.nextUrl.pathname)) response.headers.set(scriptlessHeader, "1");
  const hsts = hstsHeader(process.env.SITE_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/**
 * The endorsement pages (the form, confirmation, the static answers): plain form posts, sent without
 * React's scripts; the form is enhanced by /scripts/endorse-form.js (decision 037). The endorser's
 * own page keeps React: a form sent there after the session ended keeps what was typed in place.
 */
function isPlainFormPage(pathname: string) {
  return /^\/[a-z]{2}\/endorse(\/|$)/.test(pathname) && !/^\/[a-z]{2}\/endorse\/manage(\/|$)/.test(pathname);
}

async function route(request: NextRequest): Promise<Response> {
  const { pathname } = request.nextUrl;
  if (isOversizedUrl(request)) return new Response("URI too long", { status: 414 });
  if (isCrossSiteWrite(request)) return new Response("Cross-site request refused", { status: 403 });
  if (isOversizedFormPost(request) && !pathname.startsWith("/api/"))
    return tooLargeResponse(requestLocale(pathname, request.headers.get("accept-language")));

  // A launch-day burst: a form post without JavaScript that would only queue past its turn is
  // answered at once, before its body is read (decision 032). With JavaScript the action answers.
  if (isPlainEndorsementPost(request, pathname) && submissionsFull())
    return busyResponse(requestLocale(pathname, request.headers.get("accept-language")));

  // Reads fail politely while the database is away; form posts go through so the endorsement form
  // can answer with everything the person typed (lib/endorsements/form.server.ts).
  // The form sent back by the direct route that read its post is a form post's answer too.
  const isRead = request.method === "GET" || request.method === "HEAD";
  if (isRead && (await isDatabaseDown()) && !isSentBackForm(request)) {
    if (pathname.startsWith("/api/"))
      return Response.json({ error: "unavailable" }, { status: 503, headers: { "Retry-After": "30" } });
    return unavailableResponse(requestLocale(pathname, request.headers.get("accept-language")));
  }

  if (pathname === "/admin" || pathname.startsWith("/admin/")) {
    const nonce = btoa(crypto.randomUUID());
    const policy = strictPolicy(nonce);
    const headers = new Headers(request.headers);
    headers.set("content-security-policy", policy); // Next.js puts this nonce on its own scripts
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }
  if (/^\/(api|media|_next|_vercel)(\/|$)/.test(pathname) || pathname.includes(".")) return NextResponse.next();
  // A search of the wall, as a plain page (decision 035).
  if (isWallSearch(request.method, request.nextUrl) && isLocale(pathname.split("/")[1] ?? ""))
    return NextResponse.rewrite(new URL(`${pathname}/search${request.nextUrl.search}`, request.url));
  return localise(request);
}

/** This instance's own request for the endorsement form with a post's state (lib/endorsements/form-handoff.ts). */
const isSentBackForm = (request: NextRequest) => isKeptFormState(request.headers.get(formStateHeader));

export const config = {
  matcher: ["/((?!_next/static|_next/image).*)"],
};
