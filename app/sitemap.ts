import type { MetadataRoute } from "next";
import { locales } from "@/i18n/routing";
import { publishedSlugs } from "@/lib/content/news.server";
import { env } from "@/lib/env.server";
import { publicPaths } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

/** Every public page in every language, each listing its translations. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = env().SITE_URL;
  const { news, events } = await publishedSlugs();
  const paths: { path: string; lastModified?: Date }[] = [
    ...Object.values(publicPaths).map((path) => ({ path })),
    ...news.map((item) => ({ path: `${publicPaths.news}/${item.slug}`, lastModified: item.updatedAt })),
    ...events.map((event) => ({ path: `${publicPaths.events}/${event.slug}`, lastModified: event.updatedAt })),
  ];
  return paths.flatMap(({ path, lastModified }) =>
    locales.map((locale) => ({
      url: `${site}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(locales.map((code) => [code, `${site}/${code}${path}`])) },
    })),
  );
}
