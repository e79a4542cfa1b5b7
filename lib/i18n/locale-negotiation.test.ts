import { describe, expect, it } from "vitest";
import { directionOf, negotiateLocale } from "@/i18n/routing";

describe("choosing a language from Accept-Language", () => {
  it("maps every written Chinese and regional Russian to the site's zh and ru", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9")).toBe("zh");
    expect(negotiateLocale("zh-Hans")).toBe("zh");
    expect(negotiateLocale("zh-TW")).toBe("zh");
    expect(negotiateLocale("zh-Hant-HK")).toBe("zh");
    expect(negotiateLocale("ru-RU,ru;q=0.9,en-US;q=0.8")).toBe("ru");
  });

  it("follows the quality values, not the order written", () => {
    expect(negotiateLocale("de-DE, en;q=0.5, ru;q=0.8")).toBe("ru");
    expect(negotiateLocale("fr;q=0.1, zh-CN;q=0.9")).toBe("zh");
    expect(negotiateLocale("zh;q=0, es")).toBe("es");
  });

  it("falls back to English for unknown, empty or malformed headers", () => {
    expect(negotiateLocale("pt-BR, de")).toBe("en");
    expect(negotiateLocale(null)).toBe("en");
    expect(negotiateLocale(";;,q=x")).toBe("en");
  });
});

describe("writing direction", () => {
  it("is right to left for Arabic only", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(["en", "fr", "es", "zh", "ru"].map(directionOf)).toEqual(["ltr", "ltr", "ltr", "ltr", "ltr"]);
  });
});
