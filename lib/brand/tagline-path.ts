// The toolkit logo's tagline as SVG outlines, shaped by fontkit (Arabic joining, marks, right to
// left) with the site's own Noto Sans files, so a logo file looks the same on every machine and
// needs no font (decision 016). Node only: run by scripts/toolkit-logos.ts and the tests.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { parseSlices, type Slice, slicesFor } from "../media/font-slices";

/** Static WOFF files (fontkit and the share images read WOFF; browsers get the WOFF2 variable ones). */
export const brandFontFiles = {
  latin: "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff",
  cyrillic: "@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff",
  arabic: "@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-600-normal.woff",
} as const;

/** Chinese comes from Noto Sans SC's unicode-range slices: only the slices a tagline needs are read. */
const chineseFontDir = "@fontsource/noto-sans-sc";

/**
 * From the project root, where the site runs (a path built at run time, so the bundler does not try
 * to inline the file); scripts and tests started elsewhere find it beside this module.
 */
function modulePath(file: string): string {
  const fromRoot = path.join(process.cwd(), "node_modules", file);
  if (existsSync(fromRoot) || !import.meta.dirname) return fromRoot;
  return path.join(import.meta.dirname, "../../node_modules", file);
}

export function brandFontPath(script: keyof typeof brandFontFiles): string {
  return modulePath(brandFontFiles[script]);
}

const fonts = new Map<string, fontkit.Font>();
function loadFontFile(file: string): fontkit.Font {
  let font = fonts.get(file);
  if (!font) {
    font = fontkit.create(readFileSync(file)) as fontkit.Font;
    fonts.set(file, font);
  }
  return font;
}

let chineseSlices: Slice[] | undefined;
function chineseFontFor(char: string): string | undefined {
  chineseSlices ??= parseSlices(readFileSync(modulePath(`${chineseFontDir}/600.css`), "utf8"));
  const [slice] = slicesFor(char, chineseSlices);
  return slice && modulePath(`${chineseFontDir}/files/${slice.file}`);
}

const arabicLetters = /\p{Script=Arabic}/u;
const cyrillicLetters = /\p{Script=Cyrillic}/u;
const chineseCharacters = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** The font file for one character of a (non-Arabic) line; a run of equal files is shaped together. */
function fontFileFor(char: string): string | undefined {
  if (chineseCharacters.test(char)) return chineseFontFor(char);
  return brandFontPath(cyrillicLetters.test(char) ? "cyrillic" : "latin");
}

/** Splits a line into runs drawn by one font each (Arabic lines are one run: joining needs the whole). */
function runsOf(text: string): { text: string; file: string | undefined }[] {
  if (arabicLetters.test(text)) return [{ text, file: brandFontPath("arabic") }];
  const runs: { text: string; file: string | undefined }[] = [];
  for (const char of text) {
    // Spaces and punctuation join the run they sit in, so a Russian line stays one shaped run.
    const file = /[\s\p{P}]/u.test(char) && runs.length > 0 ? runs[runs.length - 1].file : fontFileFor(char);
    const last = runs[runs.length - 1];
    if (last && last.file === file) last.text += char;
    else runs.push({ text: char, file });
  }
  return runs;
}

export type TaglinePath = {
  /** SVG path data, in the logo's pixels, with its origin at the start of the baseline. */
  d: string;
  /** Ink bounds of the outlines, in the same pixels (y grows downwards). */
  box: { minX: number; minY: number; maxX: number; maxY: number };
  advance: number;
};

/**
 * Shapes a line of text at a font size and returns its outlines. Throws when no brand font has a
 * character, so a tagline in a script the brand fonts do not cover fails loudly instead of
 * drawing empty boxes.
 */
export function taglinePath(text: string, fontSize: number, origin = { x: 0, y: 0 }): TaglinePath {
  const parts: string[] = [];
  let penPx = 0;
  let box = { minX: Number.POSITIVE_INFINITY, minY: Number.POSITIVE_INFINITY, maxX: 0, maxY: 0 };
  for (const { text: runText, file } of runsOf(text)) {
    if (!file) throw new Error(`The brand font has no glyph for a character of "${text}".`);
    const font = loadFontFile(file);
    const run = font.layout(runText);
    if (run.glyphs.some((glyph) => glyph.id === 0))
      throw new Error(`The brand font has no glyph for a character of "${text}".`);
    const scale = fontSize / font.unitsPerEm;
    let pen = 0;
    run.glyphs.forEach((glyph, index) => {
      const position = run.positions[index];
      const x = origin.x + penPx + (pen + position.xOffset) * scale;
      const y = origin.y - position.yOffset * scale;
      const outline = glyph.path.transform(scale, 0, 0, -scale, x, y);
      if (outline.commands.length > 0) {
        parts.push(outline.toSVG());
        const bounds = outline.bbox;
        box = {
          minX: Math.min(box.minX, bounds.minX),
          minY: Math.min(box.minY, bounds.minY),
          maxX: Math.max(box.maxX, bounds.maxX),
          maxY: Math.max(box.maxY, bounds.maxY),
        };
      }
      pen += position.xAdvance;
    });
    penPx += pen * scale;
  }
  return { d: round(parts.join("")), box, advance: penPx };
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
