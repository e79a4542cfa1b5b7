import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmEndorsement } from "@/lib/endorsements/lifecycle.server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string }> };

// Opening the emailed link confirms the address (double opt-in). The link works once.
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("Endorse");
  const endorsement = typeof token === "string" ? await confirmEndorsement(token) : null;
  return (
    <article className="max-w-2xl">
      {endorsement ? (
        <>
          <h1 className="text-3xl font-bold text-brand">{t("confirmed.title")}</h1>
          <p className="mt-4 text-lg">{t("confirmed.text", { organisation: endorsement.name })}</p>
        </>
      ) : (
        <>
          <h1 className="text-3xl font-bold text-brand">{t("invalidLink.title")}</h1>
          <p className="mt-4 text-lg">{t("invalidLink.text")}</p>
          <p className="mt-6">
            <Link href={`/${locale}/endorse`} prefetch={false} className="text-brand underline">
              {t("invalidLink.back")}
            </Link>
          </p>
        </>
      )}
    </article>
  );
}
