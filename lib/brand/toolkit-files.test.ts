import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { logoBox, logoSvg } from "./logo";
import { taglinePath } from "./tagline-path";
import { logoFiles } from "./toolkit-files";
import { taglineOf, toolkitLogoSvg } from "./toolkit-logo";

const publicDir = path.join(import.meta.dirname, "../../public");

function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Bounds of every point of a path (control points included, so never smaller than the ink). */
function pathBounds(d: string) {
  const numbers = (d.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
  const xs = numbers.filter((_, index) => index % 2 === 0);
  const ys = numbers.filter((_, index) => index % 2 === 1);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

const taglineOfSvg = (svg: string) => svg.match(/<path class="tagline" d="([^"]+)"/)?.[1] ?? "";

describe("toolkit logo files", () => {
  it("offer a light and a dark logo in every language of the site", () => {
    expect(logoFiles).toHaveLength(locales.length * 2);
  });

  for (const file of logoFiles) {
    it(`${file.svg} matches the logo design and its tagline (run npm run toolkit:logos after changes)`, () => {
      expect(readFileSync(path.join(publicDir, file.svg), "utf8")).toBe(toolkitLogoSvg(file.locale, file.variant));
      expect(pngSize(path.join(publicDir, file.png))).toEqual({ width: 1016, height: 344 });
    });
  }

  for (const locale of locales) {
    it(`the ${locale} tagline is drawn as outlines inside the logo, below the wordmark`, () => {
      const svg = toolkitLogoSvg(locale, "light");
      // No text element: a file must not depend on the fonts of the machine that opens it.
      expect(svg).not.toMatch(/<text[\s>]/);
      const bounds = pathBounds(taglineOfSvg(svg));
      expect(bounds.minX).toBeGreaterThanOrEqual(logoBox.pad);
      expect(bounds.maxX).toBeLessThanOrEqual(logoBox.width - logoBox.pad);
      expect(bounds.maxY).toBeLessThanOrEqual(logoBox.height);
      // Under the wordmark (which ends 80 + pad - 4 units down, plus half its stroke).
      expect(bounds.minY).toBeGreaterThan(logoBox.pad - 4 + 80 + 6);
      // Centred: the same room on both sides, to within a pixel.
      expect(Math.abs(bounds.minX - logoBox.pad - (logoBox.width - logoBox.pad - bounds.maxX))).toBeLessThan(8);
    });
  }

  it("keeps the French tagline whole: it is shrunk to fit, where the old 27 px text ran past the edge", () => {
    const natural = taglinePath(taglineOf("fr"), logoBox.taglineSize);
    expect(natural.box.maxX - natural.box.minX).toBeGreaterThan(logoBox.taglineMaxWidth);
    const bounds = pathBounds(taglineOfSvg(toolkitLogoSvg("fr", "dark")));
    expect(bounds.maxX - bounds.minX).toBeLessThanOrEqual(logoBox.taglineMaxWidth + 1);
  });

  it("shapes Arabic: joined forms, right to left", () => {
    // Joined letters take far less room than the same letters in their isolated forms.
    const word = "تعليم";
    const isolated = [...word].reduce((width, letter) => width + taglinePath(letter, 27).advance, 0);
    expect(taglinePath(word, 27).advance).toBeLessThan(isolated * 0.8);
    // Right to left: in "تا" the alef, written second, is drawn at the left end.
    const alef = taglinePath("ا", 27);
    expect(taglinePath("تا", 27).box.minX).toBeCloseTo(alef.box.minX, 1);
  });

  it("refuses a tagline the brand font cannot draw instead of drawing empty boxes", () => {
    expect(() => taglinePath("प्रौढ शिक्षा", 27)).toThrow(/no glyph/);
  });

  it("escapes text so a tagline cannot inject markup", () => {
    const svg = logoSvg({
      variant: "light",
      tagline: { text: '<script>"x"</script>', d: "M0 0" },
      lang: "en",
      title: "A & B",
    });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;&lt;/script&gt;");
    expect(svg).toContain("<title>A &amp; B</title>");
  });
});
