/**
 * Lower-case, accent-free, punctuation-free form of an organisation name, for duplicates and search.
 * Each word is cut at 255 characters (at most 1,020 bytes): the wall's index of the names' pairs of
 * words keeps an entry of up to 2,047 bytes (two words and a space), and a 200-character name can
 * expand beyond that ("㌖" is six).
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/\S{256,}/gu, (word) => Array.from(word).slice(0, 255).join(""));
}

/** A URL-safe slug; non-Latin names keep their letters (browsers display them, servers encode them). */
export function slugify(text: string, maxLength = 60): string {
  const slug = nameKey(text).replace(/\s+/g, "-").slice(0, maxLength).replace(/-+$/, "");
  return slug || "organisation";
}

/** "example.org" for "https://www.example.org/about", to spot two sign-ups from one organisation; null without a website. */
export function domainOf(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.replace(/^www\./, "").toLowerCase();
  } catch {
    return null;
  }
}
