import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * Fonts for share images in scripts that next/og's built-in font lacks (Chinese, Cyrillic). Noto Sans SC
 * from npm covers both; it ships as ~100 small unicode-range slices, and only the slices holding the
 * characters of the text being drawn are read, so a Chinese card loads a few hundred KB, not 10 MB, and
 * pages never load it at all.
 */
const family = "Noto Sans SC";
const packageDir = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-sc");

type Slice = { file: string; ranges: [number, number][] };
type ShareFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

let slices: Promise<Slice[]> | undefined;

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

/** The fonts to pass to ImageResponse for a text: none for Latin-only text. */
export async function shareFontsFor(text: string): Promise<ShareFont[]> {
  if (!needsShareFont(text)) return [];
  slices ??= readFile(path.join(packageDir, "400.css"), "utf8").then(parseSlices);
  const needed = slicesFor(text, await slices);
  return Promise.all(
    needed.map(async ({ file }) => {
      const buffer = await readFile(path.join(packageDir, "files", file));
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      return { name: family, data, weight: 400 as const, style: "normal" as const };
    }),
  );
}
