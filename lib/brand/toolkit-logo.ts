// Builds a toolkit logo file (node only: scripts/toolkit-logos.ts and the tests).
import { readFileSync } from "node:fs";
import path from "node:path";
import { type LogoVariant, logoBox, logoSvg } from "./logo";
import { fittedTagline } from "./tagline-path";

const messagesDir = path.join(import.meta.dirname, "../../messages");

export function taglineOf(locale: string): string {
  const messages = JSON.parse(readFileSync(path.join(messagesDir, `${locale}.json`), "utf8"));
  return messages.Toolkit.tagline;
}

export function toolkitLogoSvg(locale: string, variant: LogoVariant): string {
  const text = taglineOf(locale);
  const tagline = fittedTagline(text, {
    fontSize: logoBox.taglineSize,
    maxWidth: logoBox.taglineMaxWidth,
    centerX: logoBox.width / 2,
    baseline: logoBox.taglineBaseline,
  });
  return logoSvg({ variant, tagline: { text, d: tagline.d }, lang: locale, title: "We are ALE" });
}
