"use client";

import { usePathname } from "next/navigation";
import { switchLocale } from "@/lib/i18n/paths";

type Language = { locale: string; name: string };

/** Links to the same page in the other languages (plain links: they work without JavaScript). */
export function LanguageSwitcher({
  label,
  languages,
  current,
}: {
  label: string;
  languages: Language[];
  current: string;
}) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
        {languages.map(({ locale, name }) => (
          <li key={locale}>
            <a
              href={switchLocale(pathname, locale)}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "true" : undefined}
              className="rounded px-1 py-1 underline-offset-4 hover:underline aria-[current=true]:font-semibold aria-[current=true]:underline"
            >
              {name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
