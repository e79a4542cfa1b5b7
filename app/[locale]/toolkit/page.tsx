import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TranslationNote } from "@/components/content/translation-note";
import { CopyText } from "@/components/ui/copy-text";
import { locales } from "@/i18n/routing";
import { logoFiles } from "@/lib/brand/toolkit-files";
import { getKeyMessages } from "@/lib/content/campaign.server";
import { hashtag, socialHandles } from "@/lib/content/campaign-facts";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await campaignText(locale, "Toolkit");
  return pageMetadata({ locale, path: publicPaths.toolkit, title: t("metaTitle"), description: t("intro") });
}

export default async function ToolkitPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await campaignText(locale, "Toolkit");
  const site = await getTranslations("Site");
  const keyMessages = await getKeyMessages(locale);
  // The visitor's language first, then the others.
  const ordered = [locale, ...locales.filter((code) => code !== locale)];

  return (
    <article>
      <h1 className="page-title">{t("title")}</h1>
      <TranslationNote show={showsFallback(t)} text={site("translationPending")} />
      <p className="mt-4 max-w-3xl text-lg">{t("intro")}</p>

      <section id="logo" aria-labelledby="logo-title" className="mt-10">
        <h2 id="logo-title" className="section-title">
          {t("logoTitle")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("logoText")}</p>
        <ul className="mt-4 grid gap-6 md:grid-cols-2">
          {ordered.flatMap((code) =>
            logoFiles
              .filter((file) => file.locale === code)
              .map((file) => {
                const variantLabel = t(file.variant);
                const language = site(`languageNames.${code}` as "languageNames.en");
                return (
                  <li key={file.svg} className="rounded-lg border border-neutral-200 p-4">
                    <p className="font-semibold">
                      <span lang={code}>{language}</span> · {variantLabel}
                    </p>
                    {/* biome-ignore lint/performance/noImgElement: a static SVG needs no optimisation. */}
                    <img
                      src={file.svg}
                      alt={t("logoAlt")}
                      width={508}
                      height={172}
                      loading="lazy"
                      className="mt-3 h-auto w-full max-w-sm"
                    />
                    <p className="mt-3 flex gap-4">
                      {(["svg", "png"] as const).map((format) => (
                        <a key={format} href={file[format]} download className="font-semibold text-brand underline">
                          {t("download", { format: format.toUpperCase() })}
                          <span className="sr-only">{` (${language}, ${variantLabel})`}</span>
                        </a>
                      ))}
                    </p>
                  </li>
                );
              }),
          )}
        </ul>
      </section>

      <section id="social" aria-labelledby="social-title" className="mt-10">
        <h2 id="social-title" className="section-title">
          {t("socialTitle")}
        </h2>
        <p className="mt-2">{t("socialText")}</p>
        <ul className="mt-3 flex flex-wrap gap-3 text-lg font-semibold" dir="ltr">
          {[hashtag, ...socialHandles].map((handle) => (
            <li key={handle} className="select-all rounded-md bg-neutral-100 px-3 py-2">
              {handle}
            </li>
          ))}
        </ul>
      </section>

      <section id="messages" aria-labelledby="messages-title" className="mt-10">
        <h2 id="messages-title" className="section-title">
          {t("messagesTitle")}
        </h2>
        <p className="mt-2">{t("messagesText")}</p>
        <ul className="mt-4 grid gap-3">
          {keyMessages.map((message) => (
            <li key={message.id}>
              <CopyText lang={message.locale}>
                {/* Isolate the hashtag so right-to-left text does not move its "#". */}
                {`${message.text} \u2066${hashtag}\u2069`}
              </CopyText>
            </li>
          ))}
        </ul>
      </section>

      <section id="how-to" aria-labelledby="how-title" className="mt-10">
        <h2 id="how-title" className="section-title">
          {t("howTitle")}
        </h2>
        <ol className="mt-4 grid list-decimal gap-2 ps-6">
          {(["1", "2", "3", "4"] as const).map((step) => (
            <li key={step}>{t(`how.${step}`)}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}
