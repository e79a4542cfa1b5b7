import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PressAgain } from "@/components/endorse/press-again";
import { ShareLinks } from "@/components/endorse/share-links";
import { awaitingConfirmation, justConfirmedName } from "@/lib/endorsements/pages.server";
import { env } from "@/lib/env.server";
import { publicPaths } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; done?: string; retry?: string }>;
};

// The emailed link opens this page; the address is confirmed when the person presses the button.
export default async function ConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { token, done, retry } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("Endorse");

  if (typeof done === "string") {
    const organisation = await justConfirmedName(done);
    if (organisation) {
      return <Confirmed locale={locale} organisation={organisation} />;
    }
  }

  const pending = typeof token === "string" ? await awaitingConfirmation(token) : null;
  if (pending && typeof token === "string") {
    return (
      <article className="max-w-2xl">
        <h1 className="text-3xl font-bold text-brand">{t("confirm.title")}</h1>
        {retry === "1" && <PressAgain />}
        <p className="mt-4 text-lg">{t("confirm.text", { organisation: pending.name })}</p>
        <form method="post" action="/api/confirm" className="mt-6 flex flex-wrap gap-3">
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

/** What happens after confirming, and what the endorser can do meanwhile: share, download, manage. */
async function Confirmed({ locale, organisation }: { locale: string; organisation: string }) {
  const t = await getTranslations("Endorse.confirmed");
  const link = "text-brand underline";
  return (
    <article className="max-w-2xl">
      <h1 className="text-3xl font-bold text-brand">{t("title")}</h1>
      <section aria-labelledby="next-steps" className="mt-6">
        <h2 id="next-steps" className="text-xl font-semibold">
          {t("nextTitle")}
        </h2>
        <ol className="mt-2 grid list-decimal gap-2 ps-6 text-lg">
          <li>{t("nextReview")}</li>
          <li>{t("nextWall", { organisation })}</li>
          <li>
            {t("nextManage")}{" "}
            <Link href={`/${locale}${publicPaths.endorse}/manage`} prefetch={false} className={link}>
              {t("manageLink")}
            </Link>
          </li>
        </ol>
      </section>
      <section aria-labelledby="share-now" className="mt-8">
        <h2 id="share-now" className="text-xl font-semibold">
          {t("shareTitle")}
        </h2>
        <p className="mt-2">{t("shareIntro")}</p>
        <ShareLinks url={`${env().SITE_URL}/${locale}${publicPaths.endorse}`} text={t("shareText", { organisation })} />
      </section>
      <section aria-labelledby="toolkit" className="mt-8">
        <h2 id="toolkit" className="text-xl font-semibold">
          {t("toolkitTitle")}
        </h2>
        <p className="mt-2">
          {t("toolkitText")}{" "}
          <Link href={`/${locale}${publicPaths.toolkit}`} prefetch={false} className={link}>
            {t("toolkitLink")}
          </Link>
        </p>
      </section>
    </article>
  );
}
