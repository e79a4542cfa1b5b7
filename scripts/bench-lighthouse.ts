// Lighthouse (mobile, simulated slow 4G, as its defaults) scores for the key pages, in Debian's
// or Playwright's Chromium. `npm run bench:lighthouse [-- --url U]`
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, ensureChromium } from "../tests/support/browser";
import { startSite } from "./support/server";

const { values } = parseArgs({ options: { url: { type: "string" } } });
const pages = ["/en", "/en/what-is-ale", "/en/call-to-action", "/ar", "/fr/partners", "/en/endorse", "/en/endorsers"];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;

const site = await startSite({ url: values.url, name: "bench-lighthouse", port: 3201 });
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ["--headless=new", ...chromiumArgs],
});
const rows: string[][] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(site.url + page, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
    const { lhr } = result;
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "";
    rows.push([
      page,
      ...categories.map(score),
      metric("first-contentful-paint"),
      metric("largest-contentful-paint"),
      metric("total-blocking-time"),
    ]);
    const failed = categories
      .flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative");
    if (failed.length) console.log(`${page}: audits not passed: ${failed.map((audit) => audit.id).join(", ")}`);
  }
} finally {
  chrome.kill();
  await site.stop();
}

const header = ["page", "perf", "a11y", "best", "seo", "FCP", "LCP", "TBT"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]) =>
  cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
console.log("\nLighthouse, mobile emulation with simulated throttling\n");
console.log(line(header));
for (const row of rows) console.log(line(row));
