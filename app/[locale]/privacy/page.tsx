import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/content/text-page";
import { campaignText, showsFallback } from "@/lib/content/campaign-texts.server";
import { env } from "@/lib/env.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";
import { retentionPeriods } from "@/lib/privacy/retention.server";

// Cached like the other public pages; it states the retention admins configured, and is dropped
// when they change it (tag "settings").
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await campaignText(locale, "Privacy");
  return pageMetadata({ locale, path: publicPaths.privacy, title: t("metaTitle"), description: t("intro") });
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await campaignText(locale, "Privacy");
  const site = await getTranslations("Site");
  const email = env().CONTACT_EMAIL;
  return (
    <TextPage title={t("title")} note={showsFallback(t) ? site("translationPending") : undefined} intro={t("intro")}>
      <TextSection title={t("visitorsTitle")}>
        <p>{t("visitors")}</p>
      </TextSection>
      <TextSection title={t("endorsersTitle")}>
        <p>{t("endorsers")}</p>
      </TextSection>
      <TextSection title={t("rightsTitle")}>
        <p>{t("rights", { email })}</p>
      </TextSection>
      <TextSection title={t("retentionTitle")}>
        <p data-testid="retention">{t("retention", await retentionPeriods())}</p>
      </TextSection>
      <TextSection title={t("controllerTitle")}>
        <p>{t("controller", { email })}</p>
      </TextSection>
    </TextPage>
  );
}
