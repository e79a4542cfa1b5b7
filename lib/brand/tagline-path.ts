// The toolkit logo's tagline as SVG outlines, shaped by fontkit (Arabic joining, marks, right to
// left) with the site's own Noto Sans files, so a logo file looks the same on every machine and
// needs no font (decision 016). Node only: run by scripts/toolkit-logos.ts and the tests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";

/** Static WOFF files (fontkit and the share images read WOFF; browsers get the WOFF2 variable ones). */
export const brandFontFiles = {
  latin: "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff",
  arabic: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff",
} as const;

/**
 * From the project root, where the site runs (a path built at run time, so the bundler does not try
 * to inline the file); scripts and tests started elsewhere find it beside this module.
 */
export function brandFontPath(script: keyof typeof brandFontFiles): string {
  const fromRoot = path.join(process.cwd(), "node_modules", brandFontFiles[script]);
  if (existsSync(fromRoot) || !import.meta.dirname) return fromRoot;
  return path.join(import.meta.dirname, "../../node_modules", brandFontFiles[script]);
}

const fonts = new Map<string, fontkit.Font>();
function loadFont(script: keyof typeof brandFontFiles): fontkit.Font {
  let font = fonts.get(script);
  if (!font) {
    font = fontkit.create(readFileSync(brandFontPath(script))) as fontkit.Font;
    fonts.set(script, font);
  }
  return font;
}

const arabicLetters = /\p{Script=Arabic}/u;

export type TaglinePath = {
  /** SVG path data, in the logo's pixels, with its origin at the start of the baseline. */
  d: string;
  /** Ink bounds of the outlines, in the same pixels (y grows downwards). */
  box: { minX: number; minY: number; maxX: number; maxY: number };
  advance: number;
};

/**
 * Shapes a line of text at a font size and returns its outlines. Throws when the font lacks a
 * character, so a tagline in a script the brand font does not cover fails loudly instead of
 * drawing empty boxes.
 */
export function taglinePath(text: string, fontSize: number, origin = { x: 0, y: 0 }): TaglinePath {
  const font = loadFont(arabicLetters.test(text) ? "arabic" : "latin");
  const run = font.layout(text);
  const missing = run.glyphs.find((glyph) => glyph.id === 0);
  if (missing) throw new Error(`The brand font has no glyph for a character of "${text}".`);
  const scale = fontSize / font.unitsPerEm;
  const parts: string[] = [];
  let pen = 0;
  let box = { minX: Number.POSITIVE_INFINITY, minY: Number.POSITIVE_INFINITY, maxX: 0, maxY: 0 };
  run.glyphs.forEach((glyph, index) => {
    const position = run.positions[index];
    const x = origin.x + (pen + position.xOffset) * scale;
    const y = origin.y - position.yOffset * scale;
    const path = glyph.path.transform(scale, 0, 0, -scale, x, y);
    if (path.commands.length > 0) {
      parts.push(path.toSVG());
      const bounds = path.bbox;
      box = {
        minX: Math.min(box.minX, bounds.minX),
        minY: Math.min(box.minY, bounds.minY),
        maxX: Math.max(box.maxX, bounds.maxX),
        maxY: Math.max(box.maxY, bounds.maxY),
      };
    }
    pen += position.xAdvance;
  });
  return { d: round(parts.join("")), box, advance: pen * scale };
}

/**
 * The tagline centred on `centerX` with its baseline at `baseline`, at `fontSize` or, when that
 * would be wider than `maxWidth`, at the size that fits (a long French tagline shrinks, never clips).
 */
export function fittedTagline(
  text: string,
  options: { fontSize: number; maxWidth: number; centerX: number; baseline: number },
): TaglinePath & { fontSize: number } {
  const natural = taglinePath(text, options.fontSize);
  const inkWidth = natural.box.maxX - natural.box.minX;
  const fontSize =
    inkWidth > options.maxWidth
      ? Math.floor((options.fontSize * options.maxWidth * 100) / inkWidth) / 100
      : options.fontSize;
  const sized = fontSize === options.fontSize ? natural : taglinePath(text, fontSize);
  const x = options.centerX - (sized.box.minX + sized.box.maxX) / 2;
  return { ...taglinePath(text, fontSize, { x, y: options.baseline }), fontSize };
}

/** Two decimals are far below a pixel at any size the logo is used, and halve the file. */
function round(d: string): string {
  return d.replace(/-?\d*\.\d+(e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
}
