import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/routing";
import { atomFeed } from "@/lib/content/feed";
import { listNews } from "@/lib/content/news.server";
import { env } from "@/lib/env.server";

export const revalidate = 300;

// Rendered on first request, then cached (nothing reads the database at build time).
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const t = await getTranslations({ locale, namespace: "News" });
  const site = env().SITE_URL;
  const news = await listNews(locale, 30);
  const body = atomFeed({
    title: `We are ALE – ${t("title")}`,
    url: `${site}/${locale}/news`,
    selfUrl: `${site}/${locale}/news/feed.xml`,
    lang: locale,
    entries: news.map((item) => ({
      id: item.id,
      title: item.title,
      summary: item.summary,
      url: `${site}/${locale}/news/${item.slug}`,
      published: item.publishedAt ?? item.createdAt,
      updated: item.updatedAt,
      lang: item.textLocale,
    })),
  });
  return new Response(body, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
