import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Wordmark } from "@/components/brand/wordmark";
import { locales } from "@/i18n/routing";
import { publicPaths } from "@/lib/i18n/paths";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";

const navOrder = ["home", "whatIsAle", "callToAction", "endorsers", "partners", "news", "events", "toolkit"] as const;

export async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations("Site");
  const items = navOrder.map((key) => ({ href: `/${locale}${publicPaths[key]}`, label: t(`nav.${key}`) }));
  const languages = locales.map((code) => ({ locale: code, name: t(`languageNames.${code}`) }));
  return (
    <header className="border-b border-neutral-200 bg-white">
      <div className="page-container flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
        <Link href={`/${locale}`} prefetch={false} className="text-brand" aria-label={t("homeLink")}>
          <Wordmark className="h-8 w-auto md:h-9" accent="var(--color-accent-ink)" />
        </Link>
        <div className="order-last w-full md:order-none md:ms-auto md:w-auto">
          <LanguageSwitcher label={t("language")} languages={languages} current={locale} />
        </div>
        {/* The one action the campaign asks of every visitor, on every page and at every width. */}
        <Link
          href={`/${locale}${publicPaths.endorse}`}
          prefetch={false}
          className="button-primary ms-auto px-4 py-2 md:ms-0"
          data-header-endorse
        >
          {t("nav.endorse")}
        </Link>
      </div>
      <nav aria-label={t("mainNavigation")} className="page-container pb-2">
        {/* A disclosure, not a script: the menu opens on small screens with JavaScript off. */}
        <details className="group md:hidden">
          <summary className="inline-block cursor-pointer rounded-full border border-neutral-400 px-4 py-2 font-semibold">
            {t("menu")}
          </summary>
          <NavLinks items={items} className="mt-2 grid gap-1" />
        </details>
        <NavLinks items={items} className="hidden flex-wrap gap-x-1 md:flex" />
      </nav>
    </header>
  );
}
