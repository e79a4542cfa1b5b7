import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventCard } from "@/components/content/event-card";
import { JsonLd } from "@/components/content/json-ld";
import { NewsCard } from "@/components/content/news-card";
import { OrgLogo } from "@/components/content/org-logo";
import { TranslationNote } from "@/components/content/translation-note";
import { isLocale } from "@/i18n/routing";
import { getCampaignFigures, getKeyMessages, getLatestEndorsers } from "@/lib/content/campaign.server";
import { hashtag, socialHandles } from "@/lib/content/campaign-facts";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { listEvents, listNews } from "@/lib/content/news.server";
import { env } from "@/lib/env.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Home" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return {
    ...pageMetadata({ locale, path: "", title: t("metaTitle"), description: site("description") }),
    title: { absolute: `${site("name")} · ${t("metaTitle")}` },
  };
}

const domains = ["literacy", "continuing", "citizenship"] as const;

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  // The layout refuses unknown locales too, but Next may render this page alongside it.
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, td] = await Promise.all([campaignText(locale, "Home"), campaignText(locale, "Domains")]);
  const ts = await getTranslations("Site");
  const te = await getTranslations("Events");
  const tn = await getTranslations("News");
  const [keyMessages, figures, endorsers, events, news] = await Promise.all([
    getKeyMessages(locale),
    getCampaignFigures(),
    getLatestEndorsers(8),
    listEvents(locale),
    listNews(locale, 2),
  ]);
  const number = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const event = events.upcoming[0] ?? events.past[0];
  const figureList = [
    ["endorsers", figures.endorsers],
    ["countries", figures.countries],
    ["regions", figures.regions],
    ["partners", figures.partners],
  ] as const;

  const site = env().SITE_URL;
  return (
    <>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "Organization",
          name: "We are ALE",
          alternateName: hashtag,
          description: t("intro"),
          url: `${site}/${locale}`,
          logo: `${site}/toolkit/we-are-ale-logo-en-light.png`,
          email: env().CONTACT_EMAIL,
          sameAs: socialHandles.map((handle) => `https://x.com/${handle.slice(1)}`),
        }}
      />
      <section aria-labelledby="hero-title" className="rounded-2xl bg-brand-dark px-6 py-10 text-white">
        <p className="font-semibold text-accent">{t("eyebrow")}</p>
        <h1 id="hero-title" className="mt-2 text-4xl font-bold md:text-5xl">
          {t("title")}
        </h1>
        <p className="mt-4 max-w-2xl text-lg">{t("intro")}</p>
        <p className="mt-2 max-w-2xl text-lg">{t("join")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link
            href={`/${locale}${publicPaths.endorse}`}
            prefetch={false}
            className="rounded-md bg-accent px-4 py-3 font-semibold text-neutral-900"
          >
            {t("endorseButton")}
          </Link>
          <Link
            href={`/${locale}${publicPaths.whatIsAle}`}
            prefetch={false}
            className="rounded-md border border-white px-4 py-3 font-semibold"
          >
            {t("readDefinition")}
          </Link>
        </div>
      </section>

      <TranslationNote show={showsFallback(t, td)} text={ts("translationPending")} />
      <section aria-labelledby="figures-title" className="mt-10">
        <h2 id="figures-title" className="sr-only">
          {t("figuresTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {figureList.map(([key, value]) => (
            <div key={key} className="flex flex-col-reverse rounded-lg border border-neutral-200 p-4">
              <dt className="text-neutral-700">{t(`figures.${key}`, { count: value })}</dt>
              <dd className="text-3xl font-bold text-brand">{number.format(value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="domains-title" className="mt-12">
        <h2 id="domains-title" className="text-2xl font-semibold">
          {t("domainsTitle")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("domainsIntro")}</p>
        <ul className="mt-4 grid gap-4 md:grid-cols-3">
          {domains.map((domain) => (
            <li key={domain} className="rounded-lg border-t-4 border-accent bg-neutral-50 p-4">
              <h3 className="font-semibold">{td(`${domain}.title`)}</h3>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="messages-title" className="mt-12">
        <h2 id="messages-title" className="text-2xl font-semibold">
          {t("keyMessagesTitle")}
        </h2>
        <ul className="mt-4 grid gap-3">
          {keyMessages.map((message) => (
            <li key={message.id} lang={message.locale} dir="auto" className="border-s-4 border-brand ps-4 text-lg">
              {message.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="endorse-title" className="mt-12 rounded-2xl bg-neutral-100 p-6">
        <h2 id="endorse-title" className="text-2xl font-semibold">
          {t("endorseTitle")}
        </h2>
        <p className="mt-2 max-w-2xl">{t("endorseText")}</p>
        <Link
          href={`/${locale}${publicPaths.callToAction}`}
          prefetch={false}
          className="mt-4 inline-block rounded-md bg-brand px-4 py-3 font-semibold text-white"
        >
          {t("seeActions")}
        </Link>
        {endorsers.length > 0 && (
          <>
            <h3 className="mt-8 text-lg font-semibold">{t("latestEndorsersTitle")}</h3>
            <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
              {endorsers.map((endorser) => (
                <li key={endorser.slug} className="min-w-0">
                  {/* On a phone the name goes under the logo: two tiles a row leave too little room beside it. */}
                  <Link
                    href={`/${locale}/endorsers/${endorser.slug}`}
                    prefetch={false}
                    className="endorser-tile flex h-full flex-col items-start gap-2 rounded-md border border-transparent bg-white p-3 hover:border-brand md:flex-row md:items-center md:gap-3"
                  >
                    <OrgLogo
                      name={endorser.name}
                      acronym={endorser.acronym}
                      logo={endorser.logo}
                      hidden={endorser.logoHidden}
                      size="sm"
                    />
                    <span className="min-w-0 text-sm text-brand-dark" dir="auto">
                      {endorser.name}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <div className="mt-12 grid gap-8 md:grid-cols-2">
        {event && (
          <section aria-labelledby="event-title">
            <h2 id="event-title" className="text-2xl font-semibold">
              {events.upcoming[0] ? t("nextEventTitle") : t("lastEventTitle")}
            </h2>
            <div className="mt-4">
              <EventCard event={event} locale={locale} timeLabel={(range, zone) => te("eventTime", { range, zone })} />
            </div>
            <Link
              href={`/${locale}${publicPaths.events}`}
              prefetch={false}
              className="mt-3 inline-block text-brand underline"
            >
              {t("allEvents")}
            </Link>
          </section>
        )}
        {news.length > 0 && (
          <section aria-labelledby="news-title">
            <h2 id="news-title" className="text-2xl font-semibold">
              {t("latestNewsTitle")}
            </h2>
            <div className="mt-4 grid gap-4">
              {news.map((item) => (
                <NewsCard
                  key={item.id}
                  item={item}
                  locale={locale}
                  published={tn("publishedOn", { date: dateFormat.format(item.publishedAt ?? item.createdAt) })}
                />
              ))}
            </div>
            <Link
              href={`/${locale}${publicPaths.news}`}
              prefetch={false}
              className="mt-3 inline-block text-brand underline"
            >
              {t("allNews")}
            </Link>
          </section>
        )}
      </div>
    </>
  );
}
