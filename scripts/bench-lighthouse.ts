// Lighthouse (mobile, simulated slow 4G, as its defaults) scores for the key pages, in Debian's
// or Playwright's Chromium. Each page is measured LIGHTHOUSE_RUNS times (default 3) and the run with
// the median performance score is printed, as Lighthouse's own guidance on variability advises:
// one run on a busy 2-core machine can be off by 30 points. `npm run bench:lighthouse [-- --url U]`
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumArgs, ensureChromium } from "../tests/support/browser";
import { startSite } from "./support/server";

const { values } = parseArgs({ options: { url: { type: "string" } } });
const pages = [
  "/en",
  "/en/what-is-ale",
  "/en/call-to-action",
  "/ar",
  "/zh",
  "/ru/call-to-action",
  "/fr/partners",
  "/en/endorse",
  "/en/endorsers",
];
const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

const site = await startSite({ url: values.url, name: "bench-lighthouse", port: 3201 });
const chrome = await chromeLauncher.launch({
  chromePath: ensureChromium(),
  chromeFlags: ["--headless=new", ...chromiumArgs],
});
// Each page is loaded once, unmeasured, before its runs: the first load of a page in this browser
// paid one-off costs (font lookups, caches of the browser itself) that read as up to 300 ms of
// blocking time on a page whose later loads read 0–60 ms. Lighthouse still starts each measured run
// with an empty HTTP cache, so what it measures is a first visit in a browser already running.
const warmBrowser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
async function loadOnce(url: string) {
  const tab = await warmBrowser.contexts()[0].newPage();
  await tab.goto(url, { waitUntil: "load" });
  await tab.close();
}
const rows: string[][] = [];
try {
  for (const page of pages) {
    await loadOnce(site.url + page);
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(site.url + page, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...categories],
        // The page's full screenshot only illustrates a report's elements: no score reads it, and it
        // took 1.2 s of each run's 7.
        disableFullPageScreenshot: true,
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      results.push(result.lhr);
    }
    results.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = results[Math.floor(results.length / 2)];
    const spread = results.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100));
    const score = (id: string) => String(Math.round((lhr.categories[id]?.score ?? 0) * 100));
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? "";
    rows.push([
      page,
      ...categories.map(score),
      metric("first-contentful-paint"),
      metric("largest-contentful-paint"),
      metric("total-blocking-time"),
      metric("cumulative-layout-shift"),
      spread.join("/"),
    ]);
    const failed = categories
      .flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "informative");
    if (failed.length) console.log(`${page}: audits not passed: ${failed.map((audit) => audit.id).join(", ")}`);
  }
} finally {
  await warmBrowser.close().catch(() => {});
  chrome.kill();
  await site.stop();
}

const header = ["page", "perf", "a11y", "best", "seo", "FCP", "LCP", "TBT", "CLS", "perf of each run"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells: string[]) =>
  cells.map((cell, column) => (column ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join("  ");
console.log(`\nLighthouse, mobile emulation with simulated throttling, median of ${runs} runs\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));
