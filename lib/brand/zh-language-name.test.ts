import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import { describe, expect, it } from "vitest";

// The language switcher's "中文" must draw on machines without a CJK font (decision 016).
describe("the zh language-name face", () => {
  const font = fontkit.create(readFileSync("components/brand/fonts/zh-language-name.woff2")) as fontkit.Font;

  it("draws both characters of 中文", () => {
    for (const char of "中文") expect(font.glyphForCodePoint(char.codePointAt(0) ?? 0).id, char).toBeGreaterThan(0);
  });

  it("stays tiny: only those glyphs", () => {
    // 0xFFFF is the cmap table's end-of-segments marker, not a character.
    expect(font.characterSet.filter((code) => code !== 0xffff).sort()).toEqual([0x4e2d, 0x6587]);
    expect(readFileSync("components/brand/fonts/zh-language-name.woff2").length).toBeLessThan(1024);
  });
});
