import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { needsShareFont, parseSlices, slicesFor } from "./font-slices";
import { shareFontsFor } from "./share-fonts.server";

const css = readFileSync(path.join(process.cwd(), "node_modules/@fontsource/noto-sans-sc/400.css"), "utf8");
const slices = parseSlices(css);

describe("share image fonts", () => {
  it("reads every slice of the package's stylesheet", () => {
    expect(slices.length).toBe(css.match(/@font-face/g)?.length);
    expect(slices.every((slice) => slice.file.endsWith(".woff") && slice.ranges.length > 0)).toBe(true);
  });

  it("picks only the slices a Chinese or Russian tagline needs", () => {
    const chinese = slicesFor("成人学习和教育", slices);
    expect(chinese.length).toBeGreaterThan(0);
    expect(chinese.length).toBeLessThan(8);
    expect(slicesFor("образование и обучение взрослых #weareALE", slices).map((slice) => slice.file)).toEqual([
      "noto-sans-sc-cyrillic-400-normal.woff",
      "noto-sans-sc-latin-400-normal.woff",
    ]);
  });

  it("covers every character of the zh and ru taglines", () => {
    for (const text of ["成人学习和教育", "образование и обучение взрослых"]) {
      const chosen = slicesFor(text, slices);
      for (const char of text.replace(/\s/g, "")) {
        const code = char.codePointAt(0) ?? 0;
        expect(
          chosen.some((slice) => slice.ranges.some(([start, end]) => code >= start && code <= end)),
          char,
        ).toBe(true);
      }
    }
  });

  it("loads nothing for Latin or Arabic text and real font files for Chinese", async () => {
    expect(needsShareFont("Éducation des adultes")).toBe(false);
    expect(await shareFontsFor("We are ALE")).toEqual([]);
    const fonts = await shareFontsFor("成人学习和教育");
    expect(fonts.length).toBeGreaterThan(0);
    // WOFF files start with the signature "wOFF".
    expect(new TextDecoder().decode(fonts[0].data.slice(0, 4))).toBe("wOFF");
    // Each slice under its own name, or satori uses the first one for every character (boxes).
    expect(new Set(fonts.map((font) => font.name)).size).toBe(fonts.length);
  });
});
