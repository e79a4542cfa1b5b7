import "server-only";
import type { Metadata } from "next";
import { type Locale, locales } from "@/i18n/routing";
import { env } from "@/lib/env.server";

const ogLocales: Record<Locale, string> = {
  en: "en_GB",
  fr: "fr_FR",
  es: "es_ES",
  ar: "ar_AR",
  zh: "zh_CN",
  ru: "ru_RU",
};

/** Title, description, canonical URL, hreflang alternates and social cards for one page. */
export function pageMetadata(options: {
  locale: string;
  path: string;
  title: string;
  description: string;
  type?: "website" | "article";
  publishedTime?: string;
  /** A page-specific share image path (below the locale), e.g. "/endorsers/x/opengraph-image". */
  imagePath?: string;
}): Metadata {
  const { locale, path, title, description } = options;
  const site = env().SITE_URL;
  // Child metadata replaces the parent's openGraph object, so the share image is named here.
  const image = {
    url: `${site}/${locale}${options.imagePath ?? "/opengraph-image"}`,
    width: 1200,
    height: 630,
    alt: "We are ALE",
  };
  const languages = Object.fromEntries(locales.map((code) => [code, `${site}/${code}${path}`]));
  return {
    title,
    description,
    metadataBase: new URL(site),
    alternates: {
      canonical: `${site}/${locale}${path}`,
      languages: { ...languages, "x-default": `${site}/en${path}` },
    },
    openGraph: {
      title,
      description,
      url: `${site}/${locale}${path}`,
      siteName: "We are ALE",
      locale: ogLocales[locale as Locale],
      alternateLocale: locales.filter((code) => code !== locale).map((code) => ogLocales[code]),
      type: options.type ?? "website",
      images: [image],
      ...(options.publishedTime ? { publishedTime: options.publishedTime } : {}),
    },
    twitter: { card: "summary_large_image", title, description, site: "@weareALE", images: [image.url] },
  };
}
