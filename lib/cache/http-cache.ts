// Which answers are the same for every visitor, and for how long a browser or a shared cache (the
// nginx micro-cache of deploy/, a CDN) may reuse them. As the UK petitions site does: figures are
// refreshed in the background every N seconds and pages say so, stale allowed for 2N while a cache
// refreshes and 5N while the site errs (decision 018). N is short enough that an approval, edit or
// erasure shows through any cache within 10 s (N + 2N).

export const sharedCacheSeconds = 3;

export const publicCacheControl = `public, max-age=${sharedCacheSeconds}, s-maxage=${sharedCacheSeconds}, stale-while-revalidate=${2 * sharedCacheSeconds}, stale-if-error=${5 * sharedCacheSeconds}`;

/** The wall's query parameters that still leave one of a handful of views (its region pages). */
const sharedWallParameters = new Set(["region"]);

/**
 * True for a GET whose answer is the same for every visitor: public pages (but not the forms with
 * their signed stamp, nor the manage page), the unfiltered wall and its region views, the map,
 * open data. (The badge never changes and says so itself.) Searches, filters and deeper pages of the wall are the uncacheable long tail.
 */
export function isSharedPublicGet(method: string, url: URL): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  const path = url.pathname;
  if (path === "/api/endorsers/json" || path === "/api/endorsers/csv") return true;
  const page = /^\/[a-z]{2}(\/.*)?$/.exec(path);
  if (!page) return false;
  const rest = page[1] ?? "";
  if (rest === "/endorse" || rest.startsWith("/endorse/")) return false;
  if (rest === "/endorsers/search") return false; // a search's own route (decision 035), never shared
  if (rest === "/endorsers") {
    for (const [key, value] of url.searchParams) if (!sharedWallParameters.has(key) || !value) return false;
  }
  return true;
}

/**
 * A GET of the wall that is not one of its shared views: a search, a filter other than the region,
 * a deeper page. proxy.ts answers it from the wall's search route (decision 035).
 */
export function isWallSearch(method: string, url: URL): boolean {
  return (
    /^\/[a-z]{2}\/endorsers$/.test(url.pathname) &&
    url.search !== "" &&
    !isSharedPublicGet(method, url) &&
    (method === "GET" || method === "HEAD")
  );
}
