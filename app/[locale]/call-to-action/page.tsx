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
  const t = await getTranslations({ locale, namespace: "CallToAction" });
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
    <article className="max-w-3xl">
      <h1 className="text-4xl font-bold text-brand">{t("title")}</h1>
      <TranslationNote show={showsFallback(t)} text={site("translationPending")} />
      <p className="mt-4 text-lg">{t("intro")}</p>
      {horizons.map((horizon) => (
        <section key={horizon} aria-labelledby={`horizon-${horizon}`} className="mt-10">
          <h2 id={`horizon-${horizon}`} className="border-b-4 border-accent pb-1 text-2xl font-semibold">
            {t(`horizons.${horizon}`)}
          </h2>
          <ol className="mt-4 grid gap-6">
            {actions
              .filter((action) => action.horizon === horizon)
              .map((action) => {
                const href = actionLink(action.number, locale, upcomingEvent);
                const noteKey = `actionNotes.${action.number}` as "actionNotes.6";
                const external = href.startsWith("http");
                return (
                  <li
                    key={action.number}
                    id={`action-${action.number}`}
                    className="rounded-lg border border-neutral-200 p-5"
                  >
                    <p className="text-sm font-semibold uppercase tracking-wide text-accent-ink">
                      {t("actionNumber", { number: action.number })}
                    </p>
                    <h3 className="mt-1 text-xl font-semibold" lang={action.locale} dir="auto">
                      {action.title}
                    </h3>
                    {action.isFallback && <p className="mt-1 text-sm text-neutral-700">{site("translationPending")}</p>}
                    <div lang={action.locale} dir="auto">
                      {action.paragraphs.map((paragraph) => (
                        <p key={paragraph} className="mt-2 text-neutral-800">
                          {paragraph}
                        </p>
                      ))}
                    </div>
                    {/* The campaign's wording stays as published; later facts are added as a note. */}
                    {t.has(noteKey) && <p className="mt-2 text-sm italic text-neutral-700">{t(noteKey)}</p>}
                    <p className="mt-3 text-sm text-neutral-700">{t("committed", { count: action.committed })}</p>
                    {external ? (
                      <a href={href} rel="noopener" className="mt-3 inline-block font-semibold text-brand underline">
                        {actLabel(action.number)}
                      </a>
                    ) : (
                      <Link
                        href={href}
                        prefetch={false}
                        className="mt-3 inline-block font-semibold text-brand underline"
                      >
                        {actLabel(action.number)}
                      </Link>
                    )}
                  </li>
                );
              })}
          </ol>
        </section>
      ))}
    </article>
  );
}
