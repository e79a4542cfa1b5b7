import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OrgLogo } from "@/components/content/org-logo";
import { inputClass } from "@/components/endorse/field";
import { WorldMap } from "@/components/endorse/world-map";
import { countriesInRegion, countryName } from "@/lib/endorsements/country-names";
import { regionOf, regions } from "@/lib/endorsements/regions";
import { organisationTypes } from "@/lib/endorsements/schema";
import { listWall, parseWallFilters, wallCounts } from "@/lib/endorsements/wall.server";
import { pageMetadata } from "@/lib/i18n/metadata";

// Filters and paging come from the query string, so each answer is rendered for its request (the
// unfiltered wall and its region views are still the same for everyone: lib/cache/http-cache.ts).
// Plain links, not next/link: nothing to hydrate for each of the cards (decision 018).
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Endorsers" });
  return pageMetadata({ locale, path: "/endorsers", title: t("metaTitle"), description: t("intro") });
}

export default async function EndorsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const filters = parseWallFilters(await searchParams);
  const t = await getTranslations("Endorsers");
  const te = await getTranslations("Endorse");
  const [{ endorsers, next, total, atLeast }, counts] = await Promise.all([listWall(filters), wallCounts()]);
  // Region first: the country list holds only the chosen region's countries, not all 250.
  const pickerRegion = filters.region ?? (filters.country ? regionOf(filters.country) : undefined);
  const number = new Intl.NumberFormat(locale);
  const query = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, after: undefined, ...extra }))
      if (value) search.set(key, value);
    return `/${locale}/endorsers${search.size ? `?${search}` : ""}`;
  };

  return (
    <>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>
      <p className="mt-4">
        <a href={`/${locale}/endorse`} className="inline-block rounded-md bg-brand px-4 py-3 font-semibold text-white">
          {t("join")}
        </a>
      </p>

      <section aria-labelledby="per-region" className="mt-8">
        <h2 id="per-region" className="text-xl font-semibold">
          {t("perRegion")}
        </h2>
        <ul className="mt-3 grid grid-cols-2 gap-3 md:grid-cols-5">
          {regions.map((region) => (
            <li key={region}>
              <a href={query({ region })} className="block rounded-md border border-neutral-200 p-3 hover:border-brand">
                <span className="block text-2xl font-bold text-brand">
                  {number.format(counts.regions[region] ?? 0)}
                </span>
                <span className="text-sm">{te(`regions.${region}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="world" className="mt-8">
        <h2 id="world" className="text-xl font-semibold">
          {t("mapTitle")}
        </h2>
        <WorldMap
          locale={locale}
          description={t("mapDescription", { countries: counts.countries.length })}
          tableLink={t("mapTable")}
        />
      </section>

      <search className="mt-8 block">
        <form
          method="get"
          action={`/${locale}/endorsers`}
          className="grid gap-3 rounded-lg bg-neutral-50 p-4 md:grid-cols-5 md:items-end"
        >
          <h2 className="text-lg font-semibold md:col-span-5">{t("filters")}</h2>
          <label className="grid gap-1">
            <span>{t("search")}</span>
            <input name="q" type="search" defaultValue={filters.q} maxLength={100} className={inputClass} />
          </label>
          <label className="grid gap-1">
            <span>{t("region")}</span>
            <select name="region" defaultValue={filters.region ?? ""} className={inputClass}>
              <option value="">{t("all")}</option>
              {regions.map((region) => (
                <option key={region} value={region}>
                  {te(`regions.${region}`)}
                </option>
              ))}
            </select>
          </label>
          {pickerRegion ? (
            <label className="grid gap-1">
              <span>{t("country")}</span>
              <select name="country" defaultValue={filters.country ?? ""} className={inputClass}>
                <option value="">{t("all")}</option>
                {countriesInRegion(locale, pickerRegion).map((country) => (
                  <option key={country.code} value={country.code}>
                    {country.name}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <p className="text-sm text-neutral-700 md:self-center">{t("countryAfterRegion")}</p>
          )}
          <label className="grid gap-1">
            <span>{t("type")}</span>
            <select name="type" defaultValue={filters.type ?? ""} className={inputClass}>
              <option value="">{t("all")}</option>
              {organisationTypes.map((type) => (
                <option key={type} value={type}>
                  {te(`types.${type}`)}
                </option>
              ))}
            </select>
          </label>
          <div className="flex gap-3">
            <button type="submit" className="rounded-md bg-brand px-4 py-2 font-semibold text-white">
              {t("apply")}
            </button>
            <a href={`/${locale}/endorsers`} className="self-center text-brand underline">
              {t("clear")}
            </a>
          </div>
        </form>
      </search>

      <p className="mt-6 font-medium" aria-live="polite">
        {atLeast ? t("resultsAtLeast", { count: total }) : t("results", { count: total })}
      </p>
      <ul className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {endorsers.map((endorser) => (
          <li key={endorser.id}>
            <a
              href={`/${locale}/endorsers/${endorser.slug}`}
              className="flex h-full items-center gap-3 rounded-lg border border-neutral-200 p-3 hover:border-brand"
            >
              <OrgLogo
                name={endorser.name}
                acronym={endorser.acronym}
                logo={endorser.logo}
                hidden={endorser.logoHidden}
                size="md"
              />
              <span>
                <span className="block font-semibold" dir="auto">
                  {endorser.name}
                </span>
                <span className="block text-sm text-neutral-700">
                  {countryName(locale, endorser.countryCode)} · {te(`types.${endorser.type}`)}
                </span>
                {endorser.domainVerified && (
                  <span className="block text-sm font-medium text-brand">✓ {t("verifiedDomain")}</span>
                )}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-8 text-sm text-neutral-700">
        <a href={`/${locale}/open-data`} className="underline">
          {t("openData")}
        </a>
      </p>
      <nav aria-label={t("title")} className="mt-6 flex gap-4">
        {filters.after && (
          <a href={query({})} className="text-brand underline">
            {t("first")}
          </a>
        )}
        {next && (
          <a href={query({ after: next })} className="font-semibold text-brand underline">
            {t("next")}
          </a>
        )}
      </nav>
    </>
  );
}
