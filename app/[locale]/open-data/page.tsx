import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TextPage, TextSection } from "@/components/content/text-page";
import { isLocale } from "@/i18n/routing";
import { env } from "@/lib/env.server";
import { pageMetadata } from "@/lib/i18n/metadata";
import { publicPaths } from "@/lib/i18n/paths";
import { publicRecordHeads } from "@/lib/public-record/record.server";

// Cached like the other public pages; a change to the list invalidates it (tag "endorsers"), and the
// daily fingerprint moves at midnight UTC, within the hour.
export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OpenData" });
  return pageMetadata({ locale, path: publicPaths.openData, title: t("metaTitle"), description: t("intro") });
}

export default async function OpenDataPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("OpenData");
  const { dayStart, daily, current } = await publicRecordHeads();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(dayStart);
  const hash = (value: string) => (
    <code dir="ltr" className="break-all">
      {value}
    </code>
  );
  return (
    <TextPage title={t("title")} intro={t("intro")}>
      <TextSection title={t("downloadsTitle")}>
        <p>{t("downloadsNote")}</p>
        <ul className="list-disc ps-6">
          <li>
            <a href="/api/endorsers/json" className="underline">
              {t("json")}
            </a>
          </li>
          <li>
            <a href="/api/endorsers/csv" className="underline">
              {t("csv")}
            </a>
          </li>
          <li>
            <a href="/api/endorsers/changelog" className="underline">
              {t("changelog")}
            </a>
          </li>
        </ul>
      </TextSection>
      <TextSection title={t("recordTitle")}>
        <p>{t("recordText")}</p>
        <p data-testid="daily-head">
          {daily
            ? t.rich("dailyHead", { date, seq: daily.seq, hash: () => hash(daily.hash) })
            : t("noDailyHead", { date })}
        </p>
        {current && <p>{t.rich("currentHead", { seq: current.seq, hash: () => hash(current.hash) })}</p>}
      </TextSection>
      <TextSection title={t("verifyTitle")}>
        <p>{t("verifyText")}</p>
        <pre dir="ltr" className="overflow-x-auto rounded-md bg-neutral-100 p-3 text-sm">
          npm run verify-record -- {env().SITE_URL}
        </pre>
      </TextSection>
    </TextPage>
  );
}
