import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TranslationNote } from "@/components/content/translation-note";
import { raleUrl } from "@/lib/content/campaign-facts";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

export const revalidate = 3600;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "WhatIsAle" });
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
      <blockquote className="mt-3 grid gap-3 border-s-4 border-accent ps-4 text-lg">
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
    <article className="max-w-3xl">
      <h1 className="text-4xl font-bold text-brand">{t("title")}</h1>
      <TranslationNote show={showsFallback(t, td, definition)} text={site("translationPending")} />
      <p className="mt-4 text-lg">{t("intro")}</p>

      <section aria-labelledby="definition" className="mt-10">
        <h2 id="definition" className="text-2xl font-semibold">
          {t("definitionTitle")}
        </h2>
        {quote(["paragraph1", "paragraph2"])}
      </section>

      <section aria-labelledby="domains" className="mt-10">
        <h2 id="domains" className="text-2xl font-semibold">
          {t("domainsTitle")}
        </h2>
        <ol className="mt-4 grid gap-3">
          {domains.map((domain, index) => (
            <li key={domain} className="flex gap-3 rounded-lg bg-neutral-50 p-4">
              <span aria-hidden="true" className="text-2xl font-bold text-brand">
                {index + 1}
              </span>
              <div>
                <h3 className="font-semibold">{td(`${domain}.title`)}</h3>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="vision" className="mt-10">
        <h2 id="vision" className="text-2xl font-semibold">
          {t("visionTitle")}
        </h2>
        {quote(["vision"])}
      </section>

      <section aria-labelledby="rale" className="mt-10">
        <h2 id="rale" className="text-2xl font-semibold">
          {t("raleTitle")}
        </h2>
        <p className="mt-3">{t("raleText")}</p>
        <p className="mt-3">
          <a href={raleUrl} className="text-brand underline" rel="noopener">
            {t("raleLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="bangkok" className="mt-10">
        <h2 id="bangkok" className="text-2xl font-semibold">
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
