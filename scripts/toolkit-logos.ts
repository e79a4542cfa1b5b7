// Writes the toolkit's logo files into public/toolkit: SVG with the tagline as outlines
// (lib/brand/toolkit-logo.ts), and PNG rendered from that SVG by Chromium at twice the size.
// Run after changing the logo or a tagline: `npm run toolkit:logos`.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { logoFiles } from "../lib/brand/toolkit-files";
import { toolkitLogoSvg } from "../lib/brand/toolkit-logo";
import { chromiumArgs, ensureChromium } from "../tests/support/browser";

const root = path.resolve(import.meta.dirname, "..");

mkdirSync(path.join(root, "public/toolkit"), { recursive: true });
const browser = await chromium.launch({ executablePath: ensureChromium(), args: chromiumArgs });
const page = await browser.newPage({ deviceScaleFactor: 2 });
for (const file of logoFiles) {
  const svg = toolkitLogoSvg(file.locale, file.variant);
  writeFileSync(path.join(root, "public", file.svg), svg);
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  await page.locator("svg").screenshot({ path: path.join(root, "public", file.png), omitBackground: true });
  console.log(`wrote ${file.svg} and .png`);
}
await browser.close();
