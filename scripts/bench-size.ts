// Transfer size of each public page as a browser on a slow connection would fetch it: gzipped
// HTML, CSS, client JS, fonts and images referenced by the HTML. `npm run bench:size [-- --url U]`

import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { startSite } from "./support/server";

const { values } = parseArgs({ options: { url: { type: "string" } } });
const FRAMEWORK_FLOOR_KB = 174; // a static App Router page with no client component (PLATFORM.md)
const pages = [
  "/en",
  "/en/what-is-ale",
  "/en/call-to-action",
  "/en/partners",
  "/en/news",
  "/en/news/join-the-unesco-global-network-of-learning-cities",
  "/en/events",
  "/en/events/global-campaign-kick-off",
  "/en/toolkit",
  "/en/about",
  "/en/endorse",
  "/en/endorsers",
  "/ar",
  "/ar/what-is-ale",
  // Chinese and Russian use system fonts on pages (no CJK web font is shipped); their weight must hold too.
  "/zh",
  "/zh/what-is-ale",
  "/zh/call-to-action",
  "/zh/endorse",
  "/ru",
  "/ru/what-is-ale",
  "/ru/call-to-action",
  "/ru/endorse",
];

const site = await startSite({ url: values.url, name: "bench-size" });
const assetCache = new Map<string, number>();

async function gzippedSize(url: string): Promise<number> {
  const cached = assetCache.get(url);
  if (cached !== undefined) return cached;
  const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
  // Images and fonts are already compressed; text assets travel gzipped.
  const size = /\.(png|jpe?g|webp|woff2?)(\?|$)/.test(url) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
  assetCache.set(url, size);
  return size;
}

function references(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((match) => match[1].replace(/&amp;/g, "&")))];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const rows: string[][] = [];
try {
  for (const page of pages) {
    const html = await (await fetch(site.url + page)).text();
    const htmlSize = gzipSync(Buffer.from(html)).length;
    const css = references(html, /<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
    const js = references(html, /<script[^>]+src="([^"]+)"/g).concat(
      references(html, /<link[^>]+as="script"[^>]+href="([^"]+)"/g),
      references(html, /<link[^>]+href="([^"]+)"[^>]+as="script"/g),
    );
    const fonts = references(html, /<link[^>]+href="([^"]+\.woff2?)"/g);
    const images = references(html, /<img[^>]+src="([^"]+)"/g);
    const sum = async (urls: string[]) => {
      let total = 0;
      for (const url of new Set(urls)) total += await gzippedSize(new URL(url, site.url).toString());
      return total;
    };
    const [cssSize, jsSize, fontSize, imageSize] = await Promise.all([sum(css), sum(js), sum(fonts), sum(images)]);
    const total = htmlSize + cssSize + jsSize + fontSize + imageSize;
    rows.push([
      page,
      kb(htmlSize),
      kb(cssSize),
      kb(jsSize),
      `${(jsSize / 1024 - FRAMEWORK_FLOOR_KB).toFixed(1)}`,
      kb(fontSize),
      kb(imageSize),
      kb(total),
    ]);
  }
} finally {
  await site.stop();
}

const header = ["page", "HTML", "CSS", "JS", "JS over floor", "fonts", "images", "total"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]) =>
  cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
console.log(`\nTransfer sizes in KB (gzip), framework floor ${FRAMEWORK_FLOOR_KB} KB of JS\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
