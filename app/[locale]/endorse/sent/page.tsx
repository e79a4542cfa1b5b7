import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPaths } from "@/lib/i18n/paths";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

// Where a sent endorsement form leads (a 303 from the form's action): the same page for everyone, so
// it is rendered once and cached; it names no address (decision 032).
export default async function SentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Endorse.sent");
  return (
    <article className="max-w-2xl">
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("toAddressGiven")}</p>
      <p className="mt-6">
        <Link href={`/${locale}${publicPaths.endorse}`} prefetch={false} className="text-brand underline">
          {t("again")}
        </Link>
      </p>
    </article>
  );
}
