import Link from "next/link";
import type { LocalisedNews } from "@/lib/content/news.server";

export function NewsCard({
  item,
  locale,
  published,
  headingLevel = 3,
}: {
  item: LocalisedNews;
  locale: string;
  published: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card h-full">
      <Heading className="text-xl font-bold text-brand-dark" lang={item.textLocale} dir="auto">
        <Link
          href={`/${locale}/news/${item.slug}`}
          prefetch={false}
          className="text-brand underline-offset-4 hover:underline"
        >
          {item.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-neutral-700">
        <time dateTime={item.publishedAt?.toISOString()}>{published}</time>
      </p>
      <p className="mt-2" lang={item.textLocale} dir="auto">
        {item.summary}
      </p>
    </article>
  );
}
