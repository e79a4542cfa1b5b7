import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TranslationNote } from "@/components/content/translation-note";
import { getActions } from "@/lib/content/campaign.server";
import { confinteaUrl, sdg4Url } from "@/lib/content/campaign-facts";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { hasUpcomingEvent } from "@/lib/content/news.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await campaignText(locale, "CallToAction");
  return pageMetadata({ locale, path: publicPaths.callToAction, title: t("metaTitle"), description: t("intro") });
}

const horizons = ["IMMEDIATE", "MEDIUM_TERM", "LONGER_TERM"] as const;

/** Where each action can be taken further, on this site or at UNESCO and the UN. */
function actionLink(number: number, locale: string, upcomingEvent: boolean): string {
  const local = (path: string) => `/${locale}${path}`;
  const links: Record<number, string> = {
    1: local(`${publicPaths.toolkit}#logo`),
    2: local(publicPaths.whatIsAle),
    3: local(publicPaths.endorse),
    4: local(`${publicPaths.toolkit}#messages`),
    5: local(`${publicPaths.toolkit}#messages`),
    6: confinteaUrl,
    // Without an upcoming event, "the next event" would land on "No upcoming event": show the past ones.
    7: local(upcomingEvent ? publicPaths.events : `${publicPaths.events}#past`),
    8: sdg4Url,
    9: local(`${publicPaths.toolkit}#social`),
  };
  return links[number] ?? local(publicPaths.toolkit);
}

export default async function CallToActionPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await campaignText(locale, "CallToAction");
  const site = await getTranslations("Site");
  const [actions, upcomingEvent] = await Promise.all([getActions(locale), hasUpcomingEvent()]);
  const actLabel = (number: number) =>
    number === 7 && !upcomingEvent ? t("pastEventsLink") : t(`acts.${number}` as "acts.1");

  return (
    <article>
      <h1 className="page-title">{t("title")}</h1>
      <TranslationNote show={showsFallback(t)} text={site("translationPending")} />
      <p className="mt-5 max-w-3xl text-lg md:text-xl">{t("intro")}</p>
      {horizons.map((horizon, index) => (
        <section key={horizon} aria-labelledby={`horizon-${horizon}`} className="horizon mt-12">
          <div className="flex items-center gap-4">
            <span
              aria-hidden="true"
              className="grid size-12 shrink-0 place-items-center rounded-full bg-accent text-2xl font-extrabold text-brand-ink"
            >
              {index + 1}
            </span>
            <h2 id={`horizon-${horizon}`} className="section-title">
              {t(`horizons.${horizon}`)}
            </h2>
          </div>
          <ol className="mt-6 grid gap-5 lg:grid-cols-3">
            {actions
              .filter((action) => action.horizon === horizon)
              .map((action) => {
                const href = actionLink(action.number, locale, upcomingEvent);
                const noteKey = `actionNotes.${action.number}` as "actionNotes.6";
                const external = href.startsWith("http");
                return (
                  <li key={action.number} id={`action-${action.number}`} className="card flex flex-col">
                    <p className="eyebrow text-accent-ink">{t("actionNumber", { number: action.number })}</p>
                    <h3 className="mt-1 text-xl font-bold text-brand-dark" lang={action.locale} dir="auto">
                      {action.title}
                    </h3>
                    {action.isFallback && <p className="mt-1 text-sm text-neutral-700">{site("translationPending")}</p>}
                    <div lang={action.locale} dir="auto" className="flex-1">
                      {action.paragraphs.map((paragraph) => (
                        <p key={paragraph} className="mt-2 text-neutral-800">
                          {paragraph}
                        </p>
                      ))}
                    </div>
                    {/* The campaign's wording stays as published; later facts are added as a note. */}
                    {t.has(noteKey) && <p className="mt-2 text-sm italic text-neutral-700">{t(noteKey)}</p>}
                    <p
                      className="mt-4 rounded-xl bg-mint px-3 py-2 text-sm font-semibold text-brand-ink"
                      data-commitments
                    >
                      {t("committed", { count: action.committed })}
                      {action.committed > 0 && (
                        <span className="block font-normal" data-progress>
                          {t("progress", { started: action.started, done: action.done })}
                        </span>
                      )}
                    </p>
                    {external ? (
                      <a href={href} rel="noopener" className="mt-3 inline-block font-bold text-brand underline">
                        {actLabel(action.number)}
                      </a>
                    ) : (
                      <Link href={href} prefetch={false} className="mt-3 inline-block font-bold text-brand underline">
                        {actLabel(action.number)}
                      </Link>
                    )}
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
      <section
        aria-labelledby="commit"
        className="mt-14 flex flex-col items-start gap-4 rounded-3xl bg-brand-dark p-6 text-white md:flex-row md:items-center md:justify-between md:p-10"
      >
        <div>
          {/* Not a heading: the page's sections are the three horizons. */}
          <p id="commit" className="section-title text-white">
            {t("commitTitle")}
          </p>
          <p className="mt-2 max-w-2xl text-lg">{t("commitText")}</p>
        </div>
        <Link href={`/${locale}${publicPaths.endorse}`} prefetch={false} className="button-sun shrink-0 text-lg">
          {t("endorseButton")}
        </Link>
      </section>
    </article>
  );
}
