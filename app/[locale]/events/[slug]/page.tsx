import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleBody, ArticleHeading } from "@/components/content/article-parts";
import { JsonLd } from "@/components/content/json-ld";
import { LocalTime } from "@/components/content/local-time";
import { formatEventRange, zoneName } from "@/lib/content/event-format";
import { getEvent } from "@/lib/content/news.server";
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
  const event = await getEvent(slug, locale);
  if (!event) return {};
  return pageMetadata({
    locale,
    path: `${publicPaths.events}/${slug}`,
    title: event.title,
    description: event.summary,
  });
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const event = await getEvent(slug, locale);
  if (!event) notFound();
  const t = await getTranslations("Events");
  const site = await getTranslations("Site");
  const range = formatEventRange(event, locale);
  const url = `${env().SITE_URL}/${locale}${publicPaths.events}/${slug}`;
  return (
    <article className="max-w-3xl">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Event",
          name: event.title,
          description: event.summary,
          startDate: event.startsAt.toISOString(),
          endDate: event.endsAt.toISOString(),
          eventStatus: "https://schema.org/EventScheduled",
          eventAttendanceMode: event.online
            ? "https://schema.org/OnlineEventAttendanceMode"
            : "https://schema.org/OfflineEventAttendanceMode",
          location: event.online
            ? { "@type": "VirtualLocation", url: event.registrationUrl ?? url }
            : { "@type": "Place", name: event.location, address: event.location },
          organizer: { "@type": "Organization", name: "We are ALE", url: env().SITE_URL },
          inLanguage: event.textLocale,
          url,
        }}
      />
      <ArticleHeading
        backHref={`/${locale}${publicPaths.events}`}
        backLabel={t("back")}
        title={event.title}
        lang={event.textLocale}
        fallbackNote={event.isFallback ? site("englishOnly") : undefined}
      />
      <section aria-label={t("details")} className="mt-6 rounded-lg bg-neutral-50 p-4">
        <dl className="grid gap-3">
          <div>
            <dt className="font-semibold">{t("when")}</dt>
            <dd>
              <time dateTime={event.startsAt.toISOString()}>
                {t("eventTime", { range, zone: zoneName(event.timeZone, event.startsAt, locale) })}
              </time>
              <LocalTime
                start={event.startsAt.toISOString()}
                end={event.endsAt.toISOString()}
                locale={locale}
                template={t("yourTime", { range: "{range}" })}
              />
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("where")}</dt>
            <dd>
              {event.online ? t("online") : t("inPerson")}
              {event.location && (
                <>
                  {" · "}
                  <bdi>{event.location}</bdi>
                </>
              )}
            </dd>
          </div>
        </dl>
        <p className="mt-4 flex flex-wrap gap-4">
          <a href={`/${locale}/events/${slug}/calendar.ics`} className="font-semibold text-brand underline" download>
            {t("addToCalendar")}
          </a>
          {event.registrationUrl && (
            <a href={event.registrationUrl} rel="noopener" className="font-semibold text-brand underline">
              {t("register")}
            </a>
          )}
        </p>
      </section>
      <ArticleBody summary={event.summary} body={event.body} lang={event.textLocale} cover={event.coverImage} />
    </article>
  );
}
