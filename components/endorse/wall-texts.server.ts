import "server-only";
import { getTranslations } from "next-intl/server";
import { regions } from "@/lib/endorsements/regions";
import { organisationTypes } from "@/lib/endorsements/schema";
import type { WallTexts } from "./wall-results";

const read = new Map<string, Promise<WallTexts>>();

/**
 * The words of the wall's results part in `locale` (for the page and for its searches), read once
 * per language: they come from the message files, which change only with a new build.
 */
export function wallTexts(locale: string): Promise<WallTexts> {
  let texts = read.get(locale);
  if (!texts) {
    texts = readWallTexts(locale);
    read.set(locale, texts);
    texts.catch(() => read.delete(locale));
  }
  return texts;
}

async function readWallTexts(locale: string): Promise<WallTexts> {
  const t = await getTranslations({ locale, namespace: "Endorsers" });
  const te = await getTranslations({ locale, namespace: "Endorse" });
  return {
    filters: t("filters"),
    search: t("search"),
    region: t("region"),
    country: t("country"),
    countryAfterRegion: t("countryAfterRegion"),
    type: t("type"),
    all: t("all"),
    apply: t("apply"),
    clear: t("clear"),
    results: (count, atLeast) => (atLeast ? t("resultsAtLeast", { count }) : t("results", { count })),
    verifiedDomain: t("verifiedDomain"),
    openData: t("openData"),
    title: t("title"),
    first: t("first"),
    next: t("next"),
    regions: Object.fromEntries(regions.map((region) => [region, te(`regions.${region}`)])) as WallTexts["regions"],
    types: Object.fromEntries(organisationTypes.map((type) => [type, te(`types.${type}`)])) as WallTexts["types"],
  };
}
