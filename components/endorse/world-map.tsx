import Link from "next/link";
import { mapSize } from "@/lib/endorsements/world-map.server";

/** The server-drawn SVG map (a cached image of its own), with a link to the same figures as a table. */
export function WorldMap({
  locale,
  description,
  tableLink,
}: {
  locale: string;
  description: string;
  /** The link to the table of the same figures (left out on that page itself). */
  tableLink?: string;
}) {
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
      {tableLink && (
        <figcaption className="mt-3">
          <Link href={`/${locale}/endorsers/countries`} prefetch={false} className="text-brand underline">
            {tableLink}
          </Link>
        </figcaption>
      )}
    </figure>
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
