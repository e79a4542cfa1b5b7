// Writes the toolkit's logo files into public/toolkit: SVG from lib/brand/logo.ts and PNG
// rendered by Chromium at twice the size (so Arabic is shaped by a real text engine).
// Run after changing the logo or a tagline: `npm run toolkit:logos`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { logoSvg } from "../lib/brand/logo";
import { logoFiles } from "../lib/brand/toolkit-files";
import { chromiumArgs, ensureChromium } from "../tests/support/browser";

const root = path.resolve(import.meta.dirname, "..");
const tagline = (locale: string) =>
  (JSON.parse(readFileSync(path.join(root, "messages", `${locale}.json`), "utf8")) as { Toolkit: { tagline: string } })
    .Toolkit.tagline;

mkdirSync(path.join(root, "public/toolkit"), { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const page = await browser.newPage({ deviceScaleFactor: 2 });
for (const file of logoFiles) {
  const svg = logoSvg({ variant: file.variant, tagline: tagline(file.locale), lang: file.locale, title: "We are ALE" });
  writeFileSync(path.join(root, "public", file.svg), svg);
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.locator("svg").screenshot({ path: path.join(root, "public", file.png), omitBackground: true });
  console.log(`wrote ${file.svg} and .png`);
}
await browser.close();
