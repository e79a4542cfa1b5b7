import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { logoSvg } from "./logo";
import { logoFiles } from "./toolkit-files";

const publicDir = path.join(import.meta.dirname, "../../public");
const tagline = (locale: string) =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")).Toolkit.tagline;

function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("toolkit logo files", () => {
  it("offer a light and a dark logo in each language", () => {
    expect(logoFiles).toHaveLength(locales.length * 2);
  });

  for (const file of logoFiles) {
    it(`${file.svg} matches the logo design and its tagline (run npm run toolkit:logos after changes)`, () => {
      const expected = logoSvg({
        variant: file.variant,
        tagline: tagline(file.locale),
        lang: file.locale,
        title: "We are ALE",
      });
      expect(readFileSync(path.join(publicDir, file.svg), "utf8")).toBe(expected);
      expect(pngSize(path.join(publicDir, file.png))).toEqual({ width: 1016, height: 344 });
    });
  }

  it("escapes text so a tagline cannot inject markup", () => {
    const svg = logoSvg({ variant: "light", tagline: '<script>"x"</script>', lang: "en", title: "A & B" });
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;&quot;x&quot;&lt;/script&gt;");
    expect(svg).toContain("<title>A &amp; B</title>");
  });
});
