import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmAction } from "@/lib/endorsements/confirm-actions";
import { awaitingConfirmation, justConfirmedName } from "@/lib/endorsements/pages.server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string; done?: string }> };

// The emailed link opens this page; the address is confirmed when the person presses the button.
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token, done } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("Endorse");

  if (typeof done === "string") {
    const organisation = await justConfirmedName(done);
    if (organisation) {
      return (
        <article className="max-w-2xl">
          <h1 className="text-3xl font-bold text-brand">{t("confirmed.title")}</h1>
          <p className="mt-4 text-lg">{t("confirmed.text", { organisation })}</p>
        </article>
      );
    }
  }

  const pending = typeof token === "string" ? await awaitingConfirmation(token) : null;
  if (pending && typeof token === "string") {
    return (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">{t("confirm.title")}</h1>
        <p className="mt-4 text-lg">{t("confirm.text", { organisation: pending.name })}</p>
        <form action={confirmAction} className="mt-6 flex flex-wrap gap-3">
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white">
            {t("confirm.button")}
          </button>
          {/* Left empty on the form: offered once more, never assumed. */}
          {!pending.consentEmails && (
            <button
              type="submit"
              name="subscribe"
              value="1"
              aria-describedby="updates-hint"
              className="rounded-md border-2 border-brand px-6 py-3 text-lg font-semibold text-brand"
            >
              {t("confirm.buttonWithUpdates")}
            </button>
          )}
        </form>
        {!pending.consentEmails && (
          <p id="updates-hint" className="mt-3 text-neutral-700">
            {t("confirm.updatesHint")}
          </p>
        )}
      </article>
    );
  }
  return (
    <article className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand">{t("invalidLink.title")}</h1>
      <p className="mt-4 text-lg">{t("invalidLink.text")}</p>
      <p className="mt-6">
        <Link href={`/${locale}/endorse`} prefetch={false} className="text-brand underline">
          {t("invalidLink.back")}
        </Link>
      </p>
    </article>
  );
}
