import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TranslationNote } from "@/components/content/translation-note";
import { DomainIllustration } from "@/components/illustrations/domain-illustration";
import { raleUrl } from "@/lib/content/campaign-facts";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await campaignText(locale, "WhatIsAle");
  return pageMetadata({ locale, path: publicPaths.whatIsAle, title: t("metaTitle"), description: t("intro") });
}

const domains = ["literacy", "continuing", "citizenship"] as const;

export default async function WhatIsAlePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, td, definition, agreed] = await Promise.all([
    campaignText(locale, "WhatIsAle"),
    campaignText(locale, "Domains"),
    campaignText(locale, "Definition"),
    campaignText("en", "Definition"),
  ]);
  const site = await getTranslations("Site");
  const translated = locale !== "en";

  // The agreed English text is quoted as it stands; other languages show an unofficial
  // translation with the original one click away.
  type Key = "paragraph1" | "paragraph2" | "vision" | "bangkok";
  const quote = (keys: Key[]) => (
    <>
      {translated && <p className="mt-2 text-sm text-neutral-700">{t("unofficialTranslation")}</p>}
      <blockquote className="mt-4 grid max-w-3xl gap-4 rounded-2xl border-s-8 border-accent bg-paper p-5 text-lg text-brand-ink md:p-8 md:text-xl">
        {keys.map((key) => (
          <p key={key}>{definition(key)}</p>
        ))}
      </blockquote>
      {translated && (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-brand underline">{t("original")}</summary>
          <blockquote lang="en" dir="ltr" className="mt-2 grid gap-2 border-s-4 border-neutral-300 ps-4">
            {keys.map((key) => (
              <p key={key}>{agreed(key)}</p>
            ))}
          </blockquote>
        </details>
      )}
    </>
  );

  return (
    <article>
      <h1 className="page-title">{t("title")}</h1>
      <TranslationNote show={showsFallback(t, td, definition)} text={site("translationPending")} />
      <p className="mt-5 max-w-3xl text-lg md:text-xl">{t("intro")}</p>

      <section aria-labelledby="definition" className="mt-12">
        <h2 id="definition" className="section-title">
          {t("definitionTitle")}
        </h2>
        {quote(["paragraph1", "paragraph2"])}
      </section>

      <section aria-labelledby="domains" className="mt-10">
        <h2 id="domains" className="section-title">
          {t("domainsTitle")}
        </h2>
        <ol className="mt-6 grid gap-5 md:grid-cols-3">
          {domains.map((domain, index) => (
            <li key={domain} className="card flex flex-col gap-3">
              <DomainIllustration domain={domain} className="size-24" />
              <div>
                <h3 className="text-xl font-bold text-brand-dark">
                  <span aria-hidden="true" className="text-accent-ink">
                    {index + 1}.{" "}
                  </span>
                  {td(`${domain}.title`)}
                </h3>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="vision" className="mt-10">
        <h2 id="vision" className="section-title">
          {t("visionTitle")}
        </h2>
        {quote(["vision"])}
      </section>

      <section aria-labelledby="rale" className="mt-10">
        <h2 id="rale" className="section-title">
          {t("raleTitle")}
        </h2>
        <p className="mt-3 max-w-3xl">{t("raleText")}</p>
        <p className="mt-3">
          <a href={raleUrl} className="text-brand underline" rel="noopener">
            {t("raleLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="bangkok" className="mt-10">
        <h2 id="bangkok" className="section-title">
          {t("bangkokTitle")}
        </h2>
        <figure>
          {quote(["bangkok"])}
          <figcaption className="mt-2 text-neutral-700">— {t("bangkokSource")}</figcaption>
        </figure>
      </section>
    </article>
  );
}
