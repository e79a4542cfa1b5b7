import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FormAnswer } from "@/components/endorse/form-answer";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

// Where a form refused at the busy door leads when sent without JavaScript (decision 032): the same
// static page for everyone; Back returns to the form as it was typed.
export default async function BusyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Busy");
  return <FormAnswer locale={locale} title={t("title")} text={t("text")} link={t("newForm")} alert />;
}
