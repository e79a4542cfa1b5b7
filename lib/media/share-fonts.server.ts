import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { needsShareFont, parseSlices, type Slice, slicesFor } from "./font-slices";

/**
 * Fonts for share images in scripts that next/og's built-in font lacks (Chinese, Cyrillic). Noto Sans SC
 * from npm covers both; it ships as ~100 small unicode-range slices, and only the slices holding the
 * characters of the text being drawn are read, so a Chinese card loads a few hundred KB, not 10 MB, and
 * pages never load it at all.
 */
const family = "Noto Sans SC";
export const packageDir = path.join(process.cwd(), "node_modules/@fontsource/noto-sans-sc");

type ShareFont = { name: string; data: ArrayBuffer; weight: 400; style: "normal" };

let slices: Promise<Slice[]> | undefined;

/** The fonts to pass to ImageResponse for a text: none for Latin-only text. */
export async function shareFontsFor(text: string): Promise<ShareFont[]> {
  if (!needsShareFont(text)) return [];
  slices ??= readFile(path.join(packageDir, "400.css"), "utf8").then(parseSlices);
  const needed = slicesFor(text, await slices);
  return Promise.all(
    needed.map(async ({ file }) => {
      const buffer = await readFile(path.join(packageDir, "files", file));
      const data = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
      // One name per slice: satori draws a family from one font only, so slices sharing a name would
      // leave every character outside the first slice as a box.
      return { name: `${family} ${file}`, data, weight: 400 as const, style: "normal" as const };
    }),
  );
}
