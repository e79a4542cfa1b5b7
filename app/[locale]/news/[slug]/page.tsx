import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleBody, ArticleHeading } from "@/components/content/article-parts";
import { JsonLd } from "@/components/content/json-ld";
import { getNewsItem } from "@/lib/content/news.server";
import { env } from "@/lib/env.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 60;

// Rendered on first request, then cached (nothing reads the database at build time).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const item = await getNewsItem(slug, locale);
  if (!item) return {};
  return pageMetadata({
    locale,
    path: `${publicPaths.news}/${slug}`,
    title: item.title,
    description: item.summary,
    type: "article",
    publishedTime: item.publishedAt?.toISOString(),
  });
}

export default async function NewsArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const item = await getNewsItem(slug, locale);
  if (!item) notFound();
  const t = await getTranslations("News");
  const site = await getTranslations("Site");
  const published = item.publishedAt ?? item.createdAt;
  const url = `${env().SITE_URL}/${locale}${publicPaths.news}/${slug}`;
  return (
    <article className="max-w-3xl">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "NewsArticle",
          headline: item.title,
          description: item.summary,
          datePublished: published.toISOString(),
          dateModified: item.updatedAt.toISOString(),
          inLanguage: item.textLocale,
          url,
          publisher: { "@type": "Organization", name: "We are ALE", url: env().SITE_URL },
        }}
      />
      <ArticleHeading
        backHref={`/${locale}${publicPaths.news}`}
        backLabel={t("back")}
        title={item.title}
        lang={item.textLocale}
        fallbackNote={item.isFallback ? site("englishOnly") : undefined}
      >
        <p className="mt-2 text-neutral-700">
          <time dateTime={published.toISOString()}>
            {t("publishedOn", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(published) })}
          </time>
        </p>
      </ArticleHeading>
      <ArticleBody summary={item.summary} body={item.body} lang={item.textLocale} cover={item.coverImage} />
      {item.sourceUrl && (
        <p className="mt-6">
          <a href={item.sourceUrl} rel="noopener" className="text-brand underline">
            {t("source")}
          </a>
        </p>
      )}
    </article>
  );
}
