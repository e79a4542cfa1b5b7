import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { wallHref, wallResultsHtml } from "@/components/endorse/wall-results";
import { wallTexts } from "@/components/endorse/wall-texts.server";
import { WorldMap } from "@/components/endorse/world-map";
import { regions } from "@/lib/endorsements/regions";
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
  const [wall, counts, texts] = await Promise.all([listWall(filters), wallCounts(), wallTexts(locale)]);
  const number = new Intl.NumberFormat(locale);

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
              {/* The region's own view, whatever else was chosen: the figure is the region's total. */}
              <a
                href={wallHref(locale, { region })}
                className="block rounded-md border border-neutral-200 p-3 hover:border-brand"
              >
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

      {/* Written by wallResultsHtml, which escapes every text: a search is answered with the same part set into this page (decision 035). */}
      <div
        className="contents"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by wallResultsHtml (see above).
        dangerouslySetInnerHTML={{ __html: wallResultsHtml({ locale, filters, ...wall }, texts) }}
      />
    </>
  );
}
