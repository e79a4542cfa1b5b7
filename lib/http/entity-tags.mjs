// @ts-check
// If-None-Match, read once for the app (lib/http/conditional.ts) and for the instance's micro-cache
// (lib/http/response-cache.mjs, loaded by scripts/server.mjs before Next.js: hence plain JavaScript).

/**
 * True when If-None-Match names one of `etags` (the tags of one version, one per encoding) or is
 * "*". Weak comparison, as RFC 9110 asks for this header: nginx marks a tag weak ("W/…") when it
 * compresses an answer, and it is the same version.
 * @param {string | null | undefined} ifNoneMatch
 * @param {readonly string[]} etags
 */
export function hasVersion(ifNoneMatch, etags) {
  if (!ifNoneMatch) return false;
  const opaque = (/** @type {string} */ tag) => tag.trim().replace(/^W\//, "");
  const known = new Set(etags.map(opaque));
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || known.has(opaque(tag)));
}
