import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { fontVariables } from "@/components/brand/fonts";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { directionOf, routing } from "@/i18n/routing";
import { campaignText } from "@/lib/content/campaign-texts.server";
import { env } from "@/lib/env.server";
import "../globals.css";

// Pages are rendered on first request and then served from cache: nothing touches the
// database during `next build` (see docs/decisions/001-database.md).
export function generateStaticParams() {
  return [];
}

export const viewport: Viewport = { themeColor: "#0b5d4b", width: "device-width", initialScale: 1 };

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  // The endorsement form answers while the database is away (it keeps what was typed), and its
  // metadata is rendered before the page (next.config.ts, htmlLimitedBots): the site's name and
  // description then come from the interface messages.
  const t = await campaignText(locale, "Site").catch(() => getTranslations({ locale, namespace: "Site" }));
  return {
    metadataBase: new URL(env().SITE_URL),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    applicationName: t("name"),
    alternates: { types: { "application/atom+xml": `/${locale}/news/feed.xml` } },
    icons: { icon: "/icon.svg" },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Site");
  return (
    <html lang={locale} dir={directionOf(locale)} className={fontVariables}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-neutral-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-3 focus:shadow"
        >
          {t("skipToContent")}
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="page-container flex-1 py-8 md:py-12">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
