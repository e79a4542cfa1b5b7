import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPaths } from "@/lib/i18n/paths";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

// Where a form refused at the busy door leads when sent without JavaScript (decision 032): the same
// static page for everyone; Back returns to the form as it was typed.
export default async function BusyPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Busy");
  return (
    <article className="max-w-2xl">
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 text-lg" role="alert">
        {t("text")}
      </p>
      <p className="mt-6">
        <Link href={`/${locale}${publicPaths.endorse}`} prefetch={false} className="text-brand underline">
          {t("newForm")}
        </Link>
      </p>
    </article>
  );
}
