import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CountryTable, WorldMap } from "@/components/endorse/world-map";
import { isLocale } from "@/i18n/routing";
import { sortedCountries } from "@/lib/endorsements/country-names";
import { wallCounts } from "@/lib/endorsements/wall.server";
import { pageMetadata } from "@/lib/i18n/metadata";

// The map's figures as a table. Cached like the other public pages (decision 004): it changes
// only when endorsers are approved, and the wall itself stays light.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Endorsers" });
  return pageMetadata({ locale, path: "/endorsers/countries", title: t("countriesTitle"), description: t("intro") });
}

export default async function CountriesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Endorsers");
  const counts = await wallCounts();
  const names = new Map(sortedCountries(locale).map((country) => [country.code, country.name]));
  const number = new Intl.NumberFormat(locale);
  const rows = [...counts.countries]
    .sort((a, b) => b.count - a.count)
    .map((row) => ({ name: names.get(row.countryCode) ?? row.countryCode, count: number.format(row.count) }));
  return (
    <article>
      <p>
        <Link href={`/${locale}/endorsers`} prefetch={false} className="text-brand underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="page-title mt-4">{t("countriesTitle")}</h1>
      <WorldMap locale={locale} description={t("mapDescription", { countries: counts.countries.length })} />
      <CountryTable
        rows={rows}
        caption={t("countriesTitle")}
        countryHeading={t("countryHeading")}
        countHeading={t("countHeading")}
      />
    </article>
  );
}
