import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { publicPaths } from "@/lib/i18n/paths";

const suggestions = ["whatIsAle", "callToAction", "partners", "news", "events", "toolkit"] as const;

export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations("NotFound");
  const nav = await getTranslations("Site.nav");
  return (
    <div className="max-w-2xl">
      <title>{t("metaTitle")}</title>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("text")}</p>
      <ul className="mt-4 grid list-disc gap-1 ps-6">
        {suggestions.map((key) => (
          <li key={key}>
            <Link href={`/${locale}${publicPaths[key]}`} prefetch={false} className="text-brand underline">
              {nav(key)}
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href={`/${locale}`} prefetch={false} className="rounded-md bg-brand px-4 py-3 font-semibold text-white">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
