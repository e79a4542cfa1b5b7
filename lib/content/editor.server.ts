import "server-only";
import type { Locale } from "../../i18n/routing";
import { type Actor, recordAudit } from "../audit/audit.server";
import { contentChanged } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import { slugify } from "../endorsements/names";
import type { PublicationStatus } from "../generated/prisma/client";

export type Translation = { locale: Locale; title: string; summary: string; body: string };

type Common = { slug?: string; status: PublicationStatus; coverImageId?: string; translations: Translation[] };
export type NewsFields = Common & { publishedAt: Date; sourceUrl?: string };
export type EventFields = Common & {
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  online: boolean;
  location?: string;
  registrationUrl?: string;
};

async function freeSlug(kind: "news" | "event", wanted: string, id?: string) {
  const base = slugify(wanted, 70) || kind;
  for (let n = 0; n < 50; n++) {
    const slug = n === 0 ? base : `${base}-${n + 1}`;
    const taken =
      kind === "news"
        ? await db().newsItem.findUnique({ where: { slug }, select: { id: true } })
        : await db().event.findUnique({ where: { slug }, select: { id: true } });
    if (!taken || taken.id === id) return slug;
  }
  return `${base}-${Date.now().toString(36)}`;
}

function titleFor(fields: Common) {
  return (fields.translations.find((t) => t.locale === "en") ?? fields.translations[0])?.title ?? "";
}

const refreshNews = async (slug: string) => {
  contentChanged(["/[locale]", "/[locale]/news", "/[locale]/news/[slug]", `/sitemap.xml`]);
  return slug;
};
const refreshEvents = async (slug: string) => {
  contentChanged(["/[locale]", "/[locale]/events", "/[locale]/events/[slug]", `/sitemap.xml`]);
  return slug;
};

export async function listNewsForAdmin() {
  return db().newsItem.findMany({
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }],
    include: { translations: { select: { locale: true, title: true } } },
  });
}

export async function listEventsForAdmin() {
  return db().event.findMany({
    orderBy: { startsAt: "desc" },
    include: { translations: { select: { locale: true, title: true } } },
  });
}

export async function getNewsForAdmin(id: string) {
  return db().newsItem.findUnique({
    where: { id },
    include: { translations: true, coverImage: { select: { sha256: true } } },
  });
}

export async function getEventForAdmin(id: string) {
  return db().event.findUnique({
    where: { id },
    include: { translations: true, coverImage: { select: { sha256: true } } },
  });
}

/** A flat record for the audit log: each language version's fields as title_en, body_fr … */
function snapshot(item: {
  translations: { locale: string; title: string; summary: string; body: string }[];
  coverImage?: unknown;
}) {
  const { translations, coverImage: _cover, ...rest } = item;
  return {
    ...rest,
    ...Object.fromEntries(
      translations.flatMap((t) => [
        [`title_${t.locale}`, t.title],
        [`summary_${t.locale}`, t.summary],
        [`body_${t.locale}`, t.body],
      ]),
    ),
  };
}

/** Creates or updates a news item with its language versions; returns its id. */
export async function saveNews(actor: Actor, id: string | undefined, fields: NewsFields) {
  const before = id ? await getNewsForAdmin(id) : null;
  const slug = await freeSlug("news", fields.slug || before?.slug || titleFor(fields), id);
  const data = {
    slug,
    status: fields.status,
    publishedAt: fields.publishedAt,
    sourceUrl: fields.sourceUrl ?? null,
    ...(fields.coverImageId && { coverImageId: fields.coverImageId }),
  };
  const saved = await db().$transaction(async (tx) => {
    const item = before
      ? await tx.newsItem.update({ where: { id: before.id }, data })
      : await tx.newsItem.create({ data });
    await tx.newsTranslation.deleteMany({ where: { newsItemId: item.id } });
    await tx.newsTranslation.createMany({ data: fields.translations.map((t) => ({ ...t, newsItemId: item.id })) });
    return item;
  });
  const after = await getNewsForAdmin(saved.id);
  await recordAudit({
    actor,
    action: before ? "news.update" : "news.create",
    entityType: "NewsItem",
    entityId: saved.id,
    before: before && snapshot(before),
    after: after && snapshot(after),
  });
  await refreshNews(slug);
  return saved.id;
}

export async function saveEvent(actor: Actor, id: string | undefined, fields: EventFields) {
  const before = id ? await getEventForAdmin(id) : null;
  const slug = await freeSlug("event", fields.slug || before?.slug || titleFor(fields), id);
  const data = {
    slug,
    status: fields.status,
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    timeZone: fields.timeZone,
    online: fields.online,
    location: fields.location ?? null,
    registrationUrl: fields.registrationUrl ?? null,
    ...(fields.coverImageId && { coverImageId: fields.coverImageId }),
  };
  const saved = await db().$transaction(async (tx) => {
    const event = before ? await tx.event.update({ where: { id: before.id }, data }) : await tx.event.create({ data });
    await tx.eventTranslation.deleteMany({ where: { eventId: event.id } });
    await tx.eventTranslation.createMany({ data: fields.translations.map((t) => ({ ...t, eventId: event.id })) });
    return event;
  });
  const after = await getEventForAdmin(saved.id);
  await recordAudit({
    actor,
    action: before ? "event.update" : "event.create",
    entityType: "Event",
    entityId: saved.id,
    before: before && snapshot(before),
    after: after && snapshot(after),
  });
  await refreshEvents(slug);
  return saved.id;
}

export async function deleteContent(actor: Actor, kind: "news" | "event", id: string) {
  const before = kind === "news" ? await getNewsForAdmin(id) : await getEventForAdmin(id);
  if (!before) return;
  if (kind === "news") await db().newsItem.delete({ where: { id } });
  else await db().event.delete({ where: { id } });
  await recordAudit({
    actor,
    action: `${kind}.delete`,
    entityType: kind === "news" ? "NewsItem" : "Event",
    entityId: id,
    before: snapshot(before),
    after: null,
  });
  await (kind === "news" ? refreshNews(before.slug) : refreshEvents(before.slug));
}
