import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EventCard } from "@/components/content/event-card";
import { JsonLd } from "@/components/content/json-ld";
import { NewsCard } from "@/components/content/news-card";
import { OrgLogo } from "@/components/content/org-logo";
import { TranslationNote } from "@/components/content/translation-note";
import { DomainIllustration } from "@/components/illustrations/domain-illustration";
import { HeroIllustration } from "@/components/illustrations/hero-illustration";
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
  const site = await campaignText(locale, "Site");
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
      <section
        aria-labelledby="hero-title"
        className="grid items-center gap-6 overflow-hidden rounded-3xl bg-brand-dark px-6 py-10 text-white md:grid-cols-[3fr_2fr] md:px-12 md:py-14"
      >
        <div>
          <p className="eyebrow text-accent">{t("eyebrow")}</p>
          <h1 id="hero-title" className="page-title mt-3 text-white">
            {t("title")}
          </h1>
          <p className="mt-5 max-w-2xl text-lg md:text-xl">{t("intro")}</p>
          <p className="mt-3 max-w-2xl text-lg">{t("join")}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href={`/${locale}${publicPaths.endorse}`} prefetch={false} className="button-sun">
              {t("endorseButton")}
            </Link>
            <Link href={`/${locale}${publicPaths.whatIsAle}`} prefetch={false} className="button-ghost text-white">
              {t("readDefinition")}
            </Link>
          </div>
        </div>
        <HeroIllustration className="mx-auto w-full max-w-sm md:max-w-none" />
      </section>

      <TranslationNote show={showsFallback(t, td)} text={ts("translationPending")} />
      <section aria-labelledby="figures-title" className="mt-10">
        <h2 id="figures-title" className="sr-only">
          {t("figuresTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {figureList.map(([key, value]) => (
            <div key={key} className="flex flex-col-reverse rounded-2xl bg-mint p-5">
              <dt className="font-medium text-brand-ink">{t(`figures.${key}`, { count: value })}</dt>
              <dd className="text-4xl font-extrabold text-brand md:text-5xl" data-figure>
                {number.format(value)}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="domains-title" className="mt-14">
        <h2 id="domains-title" className="section-title">
          {t("domainsTitle")}
        </h2>
        <p className="mt-3 max-w-3xl text-lg">{t("domainsIntro")}</p>
        <ul className="mt-6 grid gap-5 md:grid-cols-3">
          {domains.map((domain) => (
            <li key={domain} className="card flex flex-col gap-3">
              <DomainIllustration domain={domain} className="size-24" />
              <h3 className="text-xl font-bold text-brand-dark">{td(`${domain}.title`)}</h3>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="messages-title" className="mt-14">
        <h2 id="messages-title" className="section-title">
          {t("keyMessagesTitle")}
        </h2>
        <ul className="mt-6 grid gap-4 md:grid-cols-2">
          {keyMessages.map((message) => (
            <li
              key={message.id}
              lang={message.locale}
              dir="auto"
              className="rounded-2xl border-s-8 border-accent bg-paper p-5 text-lg font-medium text-brand-ink"
            >
              {message.text}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="endorse-title" className="mt-14 rounded-3xl bg-mint p-6 md:p-10">
        <h2 id="endorse-title" className="section-title">
          {t("endorseTitle")}
        </h2>
        <p className="mt-2 max-w-2xl">{t("endorseText")}</p>
        <Link href={`/${locale}${publicPaths.callToAction}`} prefetch={false} className="button-primary mt-5">
          {t("seeActions")}
        </Link>
        {endorsers.length > 0 && (
          <>
            <h3 className="mt-8 text-xl font-bold text-brand-dark">{t("latestEndorsersTitle")}</h3>
            <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-4">
              {endorsers.map((endorser) => (
                <li key={endorser.slug} className="min-w-0">
                  {/* On a phone the name goes under the logo: two tiles a row leave too little room beside it. */}
                  <Link
                    href={`/${locale}/endorsers/${endorser.slug}`}
                    prefetch={false}
                    className="endorser-tile flex h-full flex-col items-start gap-2 rounded-xl border border-transparent bg-white p-3 hover:border-brand md:flex-row md:items-center md:gap-3"
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

      <div className="mt-14 grid gap-10 md:grid-cols-2">
        {event && (
          <section aria-labelledby="event-title">
            <h2 id="event-title" className="section-title">
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
            <h2 id="news-title" className="section-title">
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
