import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewsCard } from "@/components/content/news-card";
import { listNews } from "@/lib/content/news.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "News" });
  return pageMetadata({ locale, path: publicPaths.news, title: t("metaTitle"), description: t("intro") });
}

export default async function NewsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("News");
  const site = await getTranslations("Site");
  const news = await listNews(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  return (
    <>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <p className="mt-2">
        <a href={`/${locale}/news/feed.xml`} className="text-brand underline">
          {t("feed")}
        </a>
      </p>
      {news.length === 0 ? (
        <p className="mt-8">{t("empty")}</p>
      ) : (
        <ul className="mt-8 grid gap-5 md:grid-cols-2">
          {news.map((item) => (
            <li key={item.id}>
              <NewsCard
                headingLevel={2}
                item={item}
                locale={locale}
                published={t("publishedOn", { date: dateFormat.format(item.publishedAt ?? item.createdAt) })}
              />
              {item.isFallback && <p className="mt-1 text-sm text-neutral-700">{site("englishOnly")}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
