import "server-only";
import { geoEqualEarth, geoPath } from "d3-geo";
import countries from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";
import { endorserShades, noEndorserShade } from "./map-shades";

export const mapSize = { width: 960, height: 470 };

/**
 * How far (in the map's units, a pixel at its full 960-pixel width) an outline may move to drop a
 * point: 41.2 → 18.2 KB of paths, 11.7 → 7.3 KB gzip (the map's own file, /<locale>/endorsers/map.svg).
 */
const outlineTolerance = 1;

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
        d: compactPath(d, outlineTolerance),
      },
    ];
  });
  return shapes;
}

/**
 * d3's absolute path ("M x,y L x,y … Z") in whole units, each point after a subpath's first written as
 * its step from the one before ("l1-2 0,3"), and steps that round to nothing dropped: the same
 * outline, half the bytes (78.9 → 41.2 KB of paths, 26.1 → 11.7 KB gzip). With a `tolerance`, a
 * point closer than that to the line its neighbours draw goes too (Douglas–Peucker).
 */
export function compactPath(d: string, tolerance?: number): string {
  let out = "";
  for (const points of subpathsOf(d)) {
    const kept = tolerance === undefined ? points : simplifiedRing(points, tolerance);
    const [[x0, y0]] = kept;
    const steps = kept.slice(1).map(([x, y], i) => {
      const [px, py] = kept[i];
      const step = `${x - px}${y - py < 0 ? "" : ","}${y - py}`;
      return i > 0 && !step.startsWith("-") ? ` ${step}` : step;
    });
    out += `M${x0},${y0}${steps.length ? `l${steps.join("")}` : ""}z`;
  }
  return out;
}

type Point = [number, number];

/** Each subpath's points in whole units, without the ones that repeat the point before. */
function subpathsOf(d: string): Point[][] {
  const subpaths: Point[][] = [];
  for (const [, command, coordinates] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === "Z") continue;
    const point = coordinates.split(",").map((n) => Math.round(Number(n))) as Point;
    if (command === "M") subpaths.push([point]);
    const points = subpaths.at(-1);
    const [x, y] = points?.at(-1) ?? point;
    if (command === "L" && points && (point[0] !== x || point[1] !== y)) points.push(point);
  }
  return subpaths;
}

/**
 * A closed ring simplified as two lines, split at its point farthest from the first, so that it
 * keeps an area; a ring that would still come out under three points keeps them all (a small island
 * stays drawn).
 */
function simplifiedRing(points: Point[], tolerance: number): Point[] {
  const [first] = points;
  const far = points.reduce(
    (best, point, i) =>
      Math.hypot(point[0] - first[0], point[1] - first[1]) >
      Math.hypot(points[best][0] - first[0], points[best][1] - first[1])
        ? i
        : best,
    0,
  );
  if (far === 0) return points;
  const ring = [
    ...simplified(points.slice(0, far + 1), tolerance),
    ...simplified(points.slice(far), tolerance).slice(1),
  ];
  return ring.length < 3 ? points : ring;
}

/** `points` without those within `tolerance` of the outline drawn through the others; the ends stay. */
function simplified(points: Point[], tolerance: number): Point[] {
  const keep = points.map((_, i) => i === 0 || i === points.length - 1);
  const spans: [number, number][] = [[0, points.length - 1]];
  for (let span = spans.pop(); span; span = spans.pop()) {
    const [from, to] = span;
    let farthest = -1;
    let distance = tolerance;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(points[i], points[from], points[to]);
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest < 0) continue;
    keep[farthest] = true;
    spans.push([from, farthest], [farthest, to]);
  }
  return points.filter((_, i) => keep[i]);
}

/** How far `p` is from the segment from `a` to `b`. */
function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
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
