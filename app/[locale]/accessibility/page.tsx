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
  const t = await campaignText(locale, "Accessibility");
  return pageMetadata({ locale, path: publicPaths.accessibility, title: t("metaTitle"), description: t("intro") });
}

export default async function AccessibilityPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await campaignText(locale, "Accessibility");
  const site = await getTranslations("Site");
  return (
    <TextPage title={t("title")} note={showsFallback(t) ? site("translationPending") : undefined} intro={t("intro")}>
      <TextSection title={t("standardTitle")}>
        <p>{t("standard")}</p>
      </TextSection>
      <TextSection title={t("featuresTitle")}>
        <ul className="list-disc ps-6">
          {(["1", "2", "3", "4"] as const).map((key) => (
            <li key={key}>{t(`features.${key}`)}</li>
          ))}
        </ul>
      </TextSection>
      <TextSection title={t("limitsTitle")}>
        <p>{t("limits")}</p>
      </TextSection>
      <TextSection title={t("feedbackTitle")}>
        <p>{t("feedback", { email: env().CONTACT_EMAIL })}</p>
      </TextSection>
    </TextPage>
  );
}
