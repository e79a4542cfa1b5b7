import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { wallCounts } from "@/lib/endorsements/wall.server";
import { worldMapSvg } from "@/lib/endorsements/world-map.server";

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

// A separate, cached image: the page stays light and the map downloads once, lazily.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "Endorsers" });
  const { countries } = await wallCounts();
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const number = new Intl.NumberFormat(locale);
  const svg = worldMapSvg({
    counts: countries,
    title: t("mapTitle"),
    description: t("mapDescription", { countries: countries.length }),
    label: (code, fallback, count) => `${code ? (names.of(code) ?? fallback) : fallback}: ${number.format(count)}`,
  });
  return new Response(svg, {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}
