import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PressAgain } from "@/components/endorse/press-again";
import { awaitingReconfirmation } from "@/lib/endorsements/pages.server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; done?: string; retry?: string }>;
};

// The yearly question's emailed link opens this page; the endorser answers with the button.
export default async function ReconfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token, done, retry } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("Reconfirm");
  if (done) {
    return (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">{t("doneTitle")}</h1>
        <p role="status" className="mt-4 text-lg">
          {t("doneText")}
        </p>
      </article>
    );
  }
  const pending = typeof token === "string" ? await awaitingReconfirmation(token) : null;
  if (pending && typeof token === "string") {
    return (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
        {retry === "1" && <PressAgain />}
        <p className="mt-4 text-lg">{t("text", { organisation: pending.name })}</p>
        <form method="post" action="/api/reconfirm" className="mt-6">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white">
            {t("button")}
          </button>
        </form>
      </article>
    );
  }
  return (
    <article className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand">{t("invalidTitle")}</h1>
      <p className="mt-4 text-lg">{t("invalidText")}</p>
      <p className="mt-6">
        <Link href={`/${locale}/endorse/manage`} prefetch={false} className="text-brand underline">
          {t("manage")}
        </Link>
      </p>
    </article>
  );
}
