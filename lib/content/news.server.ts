import "server-only";
import { db } from "../db/client.server";
import { pickTranslation } from "./translation";

const coverFields = { sha256: true, width: true, height: true } as const;

function publishedNow() {
  return { status: "PUBLISHED" as const, publishedAt: { lte: new Date() } };
}

function localise<T extends { translations: { locale: string; title: string; summary: string; body: string }[] }>(
  item: T,
  locale: string,
) {
  const text = pickTranslation(item.translations, locale);
  if (!text) return undefined;
  const { translations, ...rest } = item;
  return {
    ...rest,
    title: text.title,
    summary: text.summary,
    body: text.body,
    textLocale: text.locale,
    isFallback: text.isFallback,
    locales: translations.map((t) => t.locale),
  };
}

export async function listNews(locale: string, take = 50) {
  const items = await db().newsItem.findMany({
    where: publishedNow(),
    orderBy: { publishedAt: "desc" },
    take,
    include: { translations: true, coverImage: { select: coverFields } },
  });
  return items.flatMap((item) => localise(item, locale) ?? []);
}

export async function getNewsItem(slug: string, locale: string) {
  const item = await db().newsItem.findFirst({
    where: { slug, ...publishedNow() },
    include: { translations: true, coverImage: { select: coverFields } },
  });
  return item ? localise(item, locale) : undefined;
}

export async function listEvents(locale: string) {
  const events = await db().event.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { startsAt: "asc" },
    include: { translations: true, coverImage: { select: coverFields } },
  });
  const now = Date.now();
  const localised = events.flatMap((event) => localise(event, locale) ?? []);
  return {
    upcoming: localised.filter((event) => event.endsAt.getTime() >= now),
    past: localised.filter((event) => event.endsAt.getTime() < now).reverse(),
  };
}

/** Whether a published event has not ended yet (cheap: for links that promise "the next event"). */
export async function hasUpcomingEvent() {
  return (await db().event.count({ where: { status: "PUBLISHED", endsAt: { gte: new Date() } } })) > 0;
}

export async function getEvent(slug: string, locale: string) {
  const event = await db().event.findFirst({
    where: { slug, status: "PUBLISHED" },
    include: { translations: true, coverImage: { select: coverFields } },
  });
  return event ? localise(event, locale) : undefined;
}

export type LocalisedEvent = NonNullable<Awaited<ReturnType<typeof getEvent>>>;
export type LocalisedNews = NonNullable<Awaited<ReturnType<typeof getNewsItem>>>;

/** The address and last change of every published news item and event, for the sitemap. */
export async function publishedSlugs() {
  const [news, events] = await Promise.all([
    db().newsItem.findMany({ where: publishedNow(), select: { slug: true, updatedAt: true } }),
    db().event.findMany({ where: { status: "PUBLISHED" }, select: { slug: true, updatedAt: true } }),
  ]);
  return { news, events };
}
