import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventCard } from "@/components/content/event-card";
import { listEvents } from "@/lib/content/news.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Events" });
  return pageMetadata({ locale, path: publicPaths.events, title: t("metaTitle"), description: t("intro") });
}

export default async function EventsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Events");
  const { upcoming, past } = await listEvents(locale);
  const timeLabel = (range: string, zone: string) => t("eventTime", { range, zone });
  return (
    <>
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <section aria-labelledby="upcoming" className="mt-8">
        <h2 id="upcoming" className="section-title">
          {t("upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-3">{t("noUpcoming")}</p>
        ) : (
          <ul className="mt-4 grid gap-5 md:grid-cols-2">
            {upcoming.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} timeLabel={timeLabel} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {past.length > 0 && (
        <section aria-labelledby="past" className="mt-10">
          <h2 id="past" className="section-title">
            {t("past")}
          </h2>
          <ul className="mt-4 grid gap-5 md:grid-cols-2">
            {past.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} timeLabel={timeLabel} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
