import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { endorserShades, noEndorserShade } from "@/lib/endorsements/map-shades";
import { mapSize } from "@/lib/endorsements/world-map.server";

/** The server-drawn SVG map (a cached image of its own), its legend and a link to the same figures as a table. */
export async function WorldMap({
  locale,
  description,
  tableLink,
}: {
  locale: string;
  description: string;
  /** The link to the table of the same figures (left out on that page itself). */
  tableLink?: string;
}) {
  const t = await getTranslations("Endorsers");
  return (
    <figure className="mt-3">
      {/* biome-ignore lint/performance/noImgElement: a server-rendered SVG, cached on its own. */}
      <img
        src={`/${locale}/endorsers/map.svg`}
        alt={description}
        width={mapSize.width}
        height={mapSize.height}
        loading="lazy"
        className="h-auto w-full"
      />
      <figcaption className="mt-3 flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <MapLegend
          title={t("mapLegend")}
          none={t("mapLegendNone")}
          fewer={t("mapLegendFewer")}
          more={t("mapLegendMore")}
        />
        {tableLink && (
          <Link href={`/${locale}/endorsers/countries`} prefetch={false} className="text-brand underline">
            {tableLink}
          </Link>
        )}
      </figcaption>
    </figure>
  );
}

/** The colour key: grey for no endorser yet, then the green ramp from fewer to more endorsers. */
function MapLegend({ title, none, fewer, more }: { title: string; none: string; fewer: string; more: string }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-neutral-800" data-map-legend>
      <span className="font-semibold">{title}</span>
      <span className="flex items-center gap-1.5">
        <span
          aria-hidden="true"
          className="inline-block size-4 rounded-sm border border-neutral-400"
          style={{ background: noEndorserShade }}
        />
        {none}
      </span>
      <span className="flex items-center gap-1.5">
        {fewer}
        <span aria-hidden="true" className="flex">
          {endorserShades.map((shade) => (
            <span
              key={shade}
              className="inline-block h-4 w-6 first:rounded-s-sm last:rounded-e-sm"
              style={{ background: shade }}
            />
          ))}
        </span>
        {more}
      </span>
    </div>
  );
}

/** Endorsers per country as a table: the text alternative of the map. */
export function CountryTable({
  rows,
  caption,
  countryHeading,
  countHeading,
}: {
  rows: { name: string; count: string }[];
  caption: string;
  countryHeading: string;
  countHeading: string;
}) {
  return (
    <table className="mt-4 w-full max-w-md">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="text-start">
            {countryHeading}
          </th>
          <th scope="col" className="text-end">
            {countHeading}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.name} className="border-t border-neutral-200">
            <td>{row.name}</td>
            <td className="text-end">{row.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
