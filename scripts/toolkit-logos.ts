// Writes the toolkit's logo files into public/toolkit: SVG from lib/brand/logo.ts and PNG
// rendered by Chromium at twice the size (so Arabic is shaped by a real text engine).
// Run after changing the logo or a tagline: `npm run toolkit:logos`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { logoSvg } from "../lib/brand/logo";
import { logoFiles } from "../lib/brand/toolkit-files";
import { needsShareFont, parseSlices, slicesFor } from "../lib/media/font-slices";
import { chromiumArgs, ensureChromium } from "../tests/support/browser";

const root = path.resolve(import.meta.dirname, "..");
const tagline = (locale: string) =>
  (JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8")) as { Toolkit: { tagline: string } })
    .Toolkit.tagline;

// Chinese and Cyrillic taglines are drawn with Noto Sans SC from npm, so the PNGs do not depend on the
// fonts of the machine that runs this script.
const fontDir = path.join(root, "node_modules/@fontsource/noto-sans-sc");
const slices = parseSlices(readFileSync(path.join(fontDir, "400.css"), "utf8"));
const fontFaces = (text: string) =>
  needsShareFont(text)
    ? slicesFor(text, slices)
        .map(({ file, ranges }) => {
          const data = readFileSync(path.join(fontDir, "files", file)).toString("base64");
          // Each slice keeps its unicode-range: faces of one family without ranges would replace each other.
          const range = ranges.map(([start, end]) => `U+${start.toString(16)}-${end.toString(16)}`).join(",");
          return `@font-face{font-family:'Noto Sans SC';src:url(data:font/woff;base64,${data}) format('woff');unicode-range:${range}}`;
        })
        .join("")
    : "";

mkdirSync(path.join(root, "public/toolkit"), { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const page = await browser.newPage({ deviceScaleFactor: 2 });
for (const file of logoFiles) {
  const svg = logoSvg({ variant: file.variant, tagline: tagline(file.locale), lang: file.locale, title: "We are ALE" });
  writeFileSync(path.join(root, "public", file.svg), svg);
  await page.setContent(`<style>${fontFaces(tagline(file.locale))}</style><body style="margin:0">${svg}</body>`);
  // Load the slices before the screenshot: a font is otherwise fetched only after the first paint.
  await page.evaluate((text) => document.fonts.load("27px 'Noto Sans SC'", text), tagline(file.locale));
  await page.locator("svg").screenshot({ path: path.join(root, "public", file.png), omitBackground: true });
  console.log(`wrote ${file.svg} and .png`);
}
await browser.close();
