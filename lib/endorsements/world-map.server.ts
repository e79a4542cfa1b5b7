import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { endorserShades, noEndorserShade } from "./map-shades";

export const mapSize = { width: 960, height: 470 };

type Shape = { countryCode: string | null; name: string; d: string };
let shapes: Shape[] | undefined;

/**
 * Country outlines from Natural Earth (world-atlas, 1:110m) projected once with Equal Earth.
 * Everything is computed on the server; the browser receives plain SVG paths.
 */
export function worldShapes(): Shape[] {
  if (shapes) return shapes;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const projection = geoEqualEarth().fitSize([mapSize.width, mapSize.height], collection);
  const path = geoPath(projection);
  shapes = collection.features.flatMap((country) => {
    const d = path(country);
    if (!d) return [];
    const numeric = String(country.id ?? "").padStart(3, "0");
    return [
      {
        countryCode: countries.numericToAlpha2(numeric) ?? null,
        name: country.properties?.name ?? "",
        d: compactPath(d),
      },
    ];
  });
  return shapes;
}

/**
 * d3's absolute path ("M x,y L x,y … Z") in whole units, each point after a subpath's first written as
 * its step from the one before ("l1-2 0,3"), and steps that round to nothing dropped: the same
 * outline, half the bytes (78.9 → 41.2 KB of paths, 26.1 → 11.7 KB gzip).
 */
export function compactPath(d: string): string {
  let out = "";
  let steps: string[] = [];
  let x = 0;
  let y = 0;
  const endSubpath = () => {
    if (steps.length) out += `l${steps.join("")}`;
    steps = [];
  };
  for (const [, command, coordinates] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") {
      endSubpath();
      out += "z";
      continue;
    }
    const [px, py] = coordinates.split(",").map((n) => Math.round(Number(n)));
    if (command === "M") {
      endSubpath();
      out += `M${px},${py}`;
    } else if (px !== x || py !== y) {
      const step = `${px - x}${py - y < 0 ? "" : ","}${py - y}`;
      steps.push(steps.length && !step.startsWith("-") ? ` ${step}` : step);
    }
    x = px;
    y = py;
  }
  endSubpath();
  return out;
}

const shades = endorserShades;

function shade(count: number, max: number) {
  if (!count) return noEndorserShade;
  const step = Math.min(
    shades.length - 1,
    Math.floor((Math.log(count) / Math.log(Math.max(max, 2))) * (shades.length - 1)),
  );
  return shades[step];
}

function escapeXml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The map as a standalone SVG document, each country shaded by its number of endorsers. */
export function worldMapSvg(options: {
  counts: { countryCode: string; count: number }[];
  title: string;
  description: string;
  label: (countryCode: string | null, fallbackName: string, count: number) => string;
}): string {
  const byCountry = new Map(options.counts.map((row) => [row.countryCode, row.count]));
  const max = Math.max(0, ...options.counts.map((row) => row.count));
  const paths = worldShapes().map((shape) => {
    const count = shape.countryCode ? (byCountry.get(shape.countryCode) ?? 0) : 0;
    return `<path d="${shape.d}" fill="${shade(count, max)}"><title>${escapeXml(options.label(shape.countryCode, shape.name, count))}</title></path>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${mapSize.width} ${mapSize.height}" role="img" aria-labelledby="t d"><title id="t">${escapeXml(options.title)}</title><desc id="d">${escapeXml(options.description)}</desc><g stroke="#fff" stroke-width="0.5">${paths.join("")}</g></svg>`;
}
