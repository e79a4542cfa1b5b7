// Checks the proxy applies to every request before the app sees it.
import { formBodyLimitBytes } from "../media/upload-limits";

export const maxUrlLength = 2048;

/** A state-changing request sent by a browser from another site (CSRF), judged by the headers browsers set. */
export function isCrossSiteWrite(request: Pick<Request, "method" | "headers">): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite) return fetchSite === "cross-site" || fetchSite === "same-site";
  const origin = request.headers.get("origin");
  if (!origin) return false; // not a browser form or fetch: scripts and servers carry no ambient cookies
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true; // "null" or garbage
  }
}

/**
 * Strict-Transport-Security for a site whose run-time SITE_URL is https://, else null. Read per
 * request (not at build time), so one build serves a laptop and a public site alike.
 */
export function hstsHeader(siteUrl: string | undefined): string | null {
  return siteUrl?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/** URLs beyond 2 KB are refused: nothing on the site needs them, and they only cost parsing. */
export function isOversizedUrl(request: Pick<Request, "url">): boolean {
  return request.url.length > maxUrlLength;
}

/**
 * A form post whose declared size is over the server-action body limit. Judged by Content-Length
 * before any of the body is read; Next.js would otherwise answer a bare 500 and lose the form.
 */
export function isOversizedFormPost(request: Pick<Request, "method" | "headers">): boolean {
  if (request.method !== "POST") return false;
  return Number(request.headers.get("content-length") ?? 0) > formBodyLimitBytes;
}

/** The endorsement form posted by a browser without JavaScript (a fetch action sends `Next-Action`). */
export function isPlainEndorsementPost(request: Pick<Request, "method" | "headers">, pathname: string): boolean {
  return request.method === "POST" && !request.headers.has("next-action") && /^\/[a-z]{2}\/endorse$/.test(pathname);
}

/** The Content-Security-Policy with a given script source (decision 011). */
function policy(scripts: string): string {
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The staff area: only scripts carrying this response's nonce (and what they load). */
export function strictPolicy(nonce: string): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
}

/**
 * Cached public pages: one response serves many visitors, so no nonce; inline scripts (the App
 * Router's streamed data) are allowed, nothing from other origins.
 */
export const publicPolicy = policy("'self' 'unsafe-inline'");

type Header = { key: string; value: string };

/**
 * Security headers on every response (decisions 008, 011), fixed when `next build` runs (next.config.ts);
 * what depends on the run-time SITE_URL (HSTS) is added per request instead (decision 013).
 */
export const commonHeaders: Header[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

/** Every public address's headers: all but the staff area (a nonce policy) and processed images. */
export const publicHeaders: Header[] = [{ key: "Content-Security-Policy", value: publicPolicy }, ...commonHeaders];
