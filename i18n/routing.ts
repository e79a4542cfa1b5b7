import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr", "es", "ar"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  // No cookie: the address carries the language, and visitors get no cookies at all.
  localeCookie: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The writing direction of a language: the one place that knows Arabic is written right to left. */
export function directionOf(locale: string): "rtl" | "ltr" {
  return locale === "ar" ? "rtl" : "ltr";
}
