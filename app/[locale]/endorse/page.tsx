import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EndorseForm } from "@/components/endorse/endorse-form";
import { EndorseFormScript } from "@/components/endorse/endorse-form-script";
import { formStateHeader, takeFormState } from "@/lib/endorsements/form-handoff";
import { endorseFormProps } from "@/lib/endorsements/form-props.server";
import { inviterName } from "@/lib/endorsements/pages.server";
import { pageMetadata } from "@/lib/i18n/metadata";

// The form carries a fresh signed timestamp, so this page is rendered per request.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ via?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Endorse" });
  return pageMetadata({ locale, path: "/endorse", title: t("metaTitle"), description: t("intro") });
}

export default async function EndorsePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { via } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("Endorse");
  const inviter = await inviterName(via);
  // A form sent back with what was typed and the errors, by the direct route that read its post.
  const sentBack = takeFormState((await headers()).get(formStateHeader));
  return (
    <article className="max-w-3xl">
      <h1 className="page-title">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <ol className="mt-4 grid gap-2 sm:grid-cols-4">
        {(["1", "2", "3", "4"] as const).map((step) => (
          <li key={step} className="rounded-xl bg-mint p-3 text-sm font-medium text-brand-ink">
            <span className="font-bold text-brand">{step}.</span> {t(`steps.${step}`)}
          </li>
        ))}
      </ol>
      {inviter && <p className="mt-4 rounded-md bg-neutral-50 p-3">{t("invitedBy", { name: inviter })}</p>}
      <div className="mt-8">
        <EndorseForm {...(await endorseFormProps(locale))} via={inviter ? via : undefined} initial={sentBack} />
        <EndorseFormScript />
      </div>
    </article>
  );
}
