import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { brandFontPath, taglinePath } from "./tagline-path";

// The share images (next/og) use the site's typeface: the same static Noto Sans files as the
// toolkit logos. Satori cannot shape Arabic, so Arabic lines go in as outlines from fontkit.

const fontFile = (file: string) => readFile(path.join(process.cwd(), "node_modules", file));

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | undefined;

export function shareImageFonts() {
  fonts ??= Promise.all([
    fontFile("@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff"),
    readFile(brandFontPath("latin")),
  ]).then(([regular, bold]) => [
    { name: "Noto Sans", data: regular, weight: 400 as const, style: "normal" as const },
    { name: "Noto Sans", data: bold, weight: 700 as const, style: "normal" as const },
  ]);
  return fonts;
}

/** A line of text as an SVG path for an image, with its size; for scripts Satori cannot shape. */
export function outlinedLine(text: string, fontSize: number) {
  const line = taglinePath(text, fontSize, { x: 0, y: 0 });
  const width = Math.ceil(line.box.maxX - line.box.minX) + 4;
  const height = Math.ceil(line.box.maxY - line.box.minY) + 4;
  const shifted = taglinePath(text, fontSize, { x: 2 - line.box.minX, y: 2 - line.box.minY });
  return { d: shifted.d, width, height };
}
