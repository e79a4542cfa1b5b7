import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr", "es", "ar", "zh", "ru"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  // No cookie: the address carries the language, and visitors get no cookies at all.
  localeCookie: false,
  // No Link header of the other languages on every answer: each page's head lists them already
  // (lib/i18n/metadata.ts), and 500 bytes more per answer cost the proxy's cache on every hit.
  alternateLinks: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The writing direction of a language: the one place that knows Arabic is written right to left. */
export function directionOf(locale: string): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}

/**
 * The best language for an Accept-Language header, by quality then order: zh-CN, zh-Hans and zh-TW
 * become zh (the site's Chinese is Simplified, the closest written Chinese it has), ru-RU becomes ru.
 * The locale middleware applies the same rule to unprefixed addresses; this is for the proxy's own pages.
 */
export function negotiateLocale(acceptLanguage: string | null): Locale {
  return (rankedLanguages(acceptLanguage).find(isLocale) as Locale | undefined) ?? routing.defaultLocale;
}

/** An Accept-Language header's primary subtags, most wanted first (quality, then order); q=0 left out. */
export function rankedLanguages(acceptLanguage: string | null): string[] {
  return (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/.exec(param)?.[1]).find(Boolean);
      return { language: tag.split("-")[0].toLowerCase(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ quality }) => quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ language }) => language);
}
