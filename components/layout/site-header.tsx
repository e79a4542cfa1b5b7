import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Wordmark } from "@/components/brand/wordmark";
import { locales } from "@/i18n/routing";
import { publicPaths } from "@/lib/i18n/paths";
import { LanguageSwitcher } from "./language-switcher";
import { NavLinks } from "./nav-links";

const navOrder = [
  "home",
  "whatIsAle",
  "callToAction",
  "endorsers",
  "partners",
  "news",
  "events",
  "toolkit",
  "endorse",
] as const;

export async function SiteHeader() {
  const locale = await getLocale();
  const t = await getTranslations("Site");
  const items = navOrder.map((key) => ({ href: `/${locale}${publicPaths[key]}`, label: t(`nav.${key}`) }));
  const languages = locales.map((code) => ({ locale: code, name: t(`languageNames.${code}`) }));
  return (
    <header className="border-b border-neutral-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href={`/${locale}`} prefetch={false} className="text-brand" aria-label={t("homeLink")}>
          <Wordmark className="h-8 w-auto" accent="var(--color-accent-ink)" />
        </Link>
        <LanguageSwitcher label={t("language")} languages={languages} current={locale} />
      </div>
      <nav aria-label={t("mainNavigation")} className="mx-auto max-w-5xl px-4 pb-2">
        {/* A disclosure, not a script: the menu opens on small screens with JavaScript off. */}
        <details className="group md:hidden">
          <summary className="inline-block cursor-pointer rounded border border-neutral-300 px-3 py-2 font-medium">
            {t("menu")}
          </summary>
          <NavLinks items={items} className="mt-2 grid gap-1" />
        </details>
        <NavLinks items={items} className="hidden flex-wrap gap-x-2 md:flex" />
      </nav>
    </header>
  );
}
