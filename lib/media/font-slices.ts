// Noto Sans SC (npm @fontsource/noto-sans-sc) as unicode-range slices: which small files draw a text.
// Shared by the share images (lib/media/share-fonts.server.ts) and the toolkit logo script.

export type Slice = { file: string; ranges: [number, number][] };

/** The 400 weight's slices and their unicode ranges, read from the package's own stylesheet. */
export function parseSlices(css: string): Slice[] {
  return [
    ...css.matchAll(/src:[^;]*url\(\.\/files\/([\w-]+\.woff)\) format\('woff'\);\s*unicode-range:\s*([^;]+);/g),
  ].map(([, file, ranges]) => ({
    file,
    ranges: ranges.split(",").map((range) => {
      const [start, end = start] = range.trim().replace(/^U\+/i, "").split("-");
      return [Number.parseInt(start, 16), Number.parseInt(end, 16)] as [number, number];
    }),
  }));
}

/**
 * Which slices draw the characters of a text (Latin too: given fonts replace next/og's built-in one).
 * Slices overlap on punctuation; each character takes the last slice that has it, as browsers do, so the
 * small latin and cyrillic slices win over the CJK ones.
 */
export function slicesFor(text: string, all: Slice[]): Slice[] {
  const chosen = new Set<Slice>();
  for (const code of new Set([...text].map((char) => char.codePointAt(0) ?? 0))) {
    const slice = all.findLast(({ ranges }) => ranges.some(([start, end]) => code >= start && code <= end));
    if (slice) chosen.add(slice);
  }
  return all.filter((slice) => chosen.has(slice));
}

/** True when a text needs more than the built-in Latin font (the card then loads share fonts). */
export function needsShareFont(text: string): boolean {
  return /[\p{Script=Han}\p{Script=Cyrillic}]/u.test(text);
}
