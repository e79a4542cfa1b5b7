import { mapSize } from "@/lib/endorsements/world-map.server";

/** Endorsers per country: the server-drawn SVG map, and a table of the same figures. */
export function WorldMap({
  locale,
  counts,
  countryName,
  description,
  tableCaption,
  countryHeading,
  countHeading,
  format,
}: {
  locale: string;
  counts: { countryCode: string; count: number }[];
  countryName: (code: string) => string;
  description: string;
  tableCaption: string;
  countryHeading: string;
  countHeading: string;
  format: (value: number) => string;
}) {
  const sorted = [...counts].sort((a, b) => b.count - a.count);
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
      <details className="mt-3">
        <summary className="cursor-pointer text-brand underline">{tableCaption}</summary>
        <table className="mt-2 w-full max-w-md">
          <caption className="sr-only">{tableCaption}</caption>
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
            {sorted.map((row) => (
              <tr key={row.countryCode} className="border-t border-neutral-200">
                <td>{countryName(row.countryCode)}</td>
                <td className="text-end">{format(row.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
