// Checks the proxy applies to every request before the app sees it.

export const maxUrlLength = 2048;

/** A state-changing request sent by a browser from another site (CSRF), judged by the headers browsers set. */
export function isCrossSiteWrite(request: Request): boolean {
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

/** URLs beyond 2 KB are refused: nothing on the site needs them, and they only cost parsing. */
export function isOversizedUrl(request: Request): boolean {
  return request.url.length > maxUrlLength;
}

/** A per-request nonce for the staff area's strict Content-Security-Policy. */
export function strictPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
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
