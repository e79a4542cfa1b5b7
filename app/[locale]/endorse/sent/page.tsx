import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAnswer } from "@/components/endorse/form-answer";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

// Where a sent endorsement form leads (a 303 from the form's action): the same page for everyone, so
// it is rendered once and cached; it names no address (decision 032).
export default async function SentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Endorse.sent");
  return <FormAnswer locale={locale} title={t("title")} text={t("toAddressGiven")} link={t("again")} />;
}
