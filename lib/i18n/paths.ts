import { locales } from "@/i18n/routing";

/** Public routes below the locale prefix, used for navigation, sitemap and link checks. */
export const publicPaths = {
  home: "",
  whatIsAle: "/what-is-ale",
  callToAction: "/call-to-action",
  partners: "/partners",
  news: "/news",
  events: "/events",
  toolkit: "/toolkit",
  endorsers: "/endorsers",
  endorse: "/endorse",
  about: "/about",
  privacy: "/privacy",
  accessibility: "/accessibility",
  openData: "/open-data",
} as const;

/** `/en/partners` → `/fr/partners`; anything else gets the locale's home. */
export function switchLocale(pathname: string, locale: string): string {
  const [, first, ...rest] = pathname.split("/");
  if (first && (locales as readonly string[]).includes(first))
    return `/${[locale, ...rest].join("/")}`.replace(/\/$/, "");
  return `/${locale}`;
}
