import { describe, expect, it } from "vitest";
import { switchLocale } from "./paths";

describe("switching language", () => {
  it("keeps the current page", () => {
    expect(switchLocale("/en/partners", "fr")).toBe("/fr/partners");
    expect(switchLocale("/ar/news/some-article", "es")).toBe("/es/news/some-article");
    expect(switchLocale("/fr", "ar")).toBe("/ar");
  });

  it("falls back to the home page of the language for unknown paths", () => {
    expect(switchLocale("/", "fr")).toBe("/fr");
    expect(switchLocale("/xx/page", "es")).toBe("/es");
  });
});
