import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EndorseForm, type EndorseFormText } from "@/components/endorse/endorse-form";
import { locales } from "@/i18n/routing";
import { getActions } from "@/lib/content/campaign.server";
import { db } from "@/lib/db/client.server";
import { countryCodes } from "@/lib/endorsements/regions";
import { organisationTypes } from "@/lib/endorsements/schema";
import { pageMetadata } from "@/lib/i18n/metadata";
import { honeypotField, issueFormStamp, stampField } from "@/lib/security/form-guard.server";

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
  const site = await getTranslations("Site");
  const inviter =
    typeof via === "string" && via.length <= 20
      ? await db().endorsement.findFirst({ where: { inviteCode: via, status: "APPROVED" }, select: { name: true } })
      : null;
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const collator = new Intl.Collator(locale);
  const countries = countryCodes
    .map((code) => ({ value: code, label: names.of(code) ?? code }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const actions = (await getActions(locale)).map((action) => ({ value: String(action.number), label: action.title }));
  const raw = (key: string) => t.raw(key) as Record<string, string>;
  const text: EndorseFormText = {
    sections: {
      organisation: t("organisation"),
      contact: t("contact"),
      contactPrivacy: t("contactPrivacy"),
      commitment: t("commitment"),
      consent: t("consent"),
    },
    fields: raw("fields"),
    hints: raw("hints"),
    optional: t("optional"),
    choose: t("choose"),
    submit: t("submit"),
    sending: t("sending"),
    errors: raw("errors"),
    errorSummary: t("errorSummary"),
    logoKept: t("logoKept"),
    logoPreview: t("logoPreview"),
    uploading: t.raw("uploading") as string,
    uploaded: t("uploaded"),
    sent: { title: t("sent.title"), text: t.raw("sent.text") as string, again: t("sent.again") },
  };
  return (
    <article className="max-w-3xl">
      <h1 className="text-4xl font-bold text-brand">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <ol className="mt-4 grid gap-2 sm:grid-cols-4">
        {(["1", "2", "3", "4"] as const).map((step) => (
          <li key={step} className="rounded-md bg-neutral-100 p-3 text-sm">
            <span className="font-bold text-brand">{step}.</span> {t(`steps.${step}`)}
          </li>
        ))}
      </ol>
      {inviter && <p className="mt-4 rounded-md bg-neutral-50 p-3">{t("invitedBy", { name: inviter.name })}</p>}
      <div className="mt-8">
        <EndorseForm
          text={text}
          locale={locale}
          stamp={issueFormStamp()}
          via={inviter ? via : undefined}
          honeypotField={honeypotField}
          stampField={stampField}
          types={organisationTypes.map((value) => ({ value, label: t(`types.${value}`) }))}
          countries={countries}
          actions={actions}
          languages={locales.map((code) => ({ value: code, label: site(`languageNames.${code}`) }))}
        />
      </div>
    </article>
  );
}
