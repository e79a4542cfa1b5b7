import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/content/text-page";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { env } from "@/lib/env.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await campaignText(locale, "About");
  return pageMetadata({ locale, path: publicPaths.about, title: t("metaTitle"), description: t("text1") });
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await campaignText(locale, "About");
  const site = await getTranslations("Site");
  const email = env().CONTACT_EMAIL;
  return (
    <TextPage title={t("title")} note={showsFallback(t) ? site("translationPending") : undefined}>
      <p className="mt-4 text-lg">{t("text1")}</p>
      <p className="mt-3">{t("text2")}</p>
      <TextSection title={t("contactTitle")}>
        <p>
          {t.rich("contactText", {
            address: email,
            email: (chunks) => (
              <a href={`mailto:${email}`} className="text-brand underline">
                {chunks}
              </a>
            ),
          })}
        </p>
      </TextSection>
    </TextPage>
  );
}
