import "server-only";
import { getTranslations } from "next-intl/server";
import type { EndorseFormText } from "@/components/endorse/endorse-form";
import { locales } from "@/i18n/routing";
import { isBusyError, isConnectionError } from "@/lib/availability/database-health";
import { getActionTitles } from "@/lib/content/campaign.server";
import { countryCodes } from "@/lib/endorsements/regions";
import { organisationTypes } from "@/lib/endorsements/schema";
import { honeypotField, issueFormStamp, stampField } from "@/lib/security/form-guard.server";

type Choice = { value: string; label: string };
const lastKnownActions = new Map<string, Choice[]>();

/**
 * The nine actions to commit to. The last answer is kept so that, if the database drops away or is
 * too busy while someone submits, the form can still come back with everything they typed.
 */
export async function actionChoices(locale: string): Promise<Choice[]> {
  try {
    const choices = (await getActionTitles(locale)).map((action) => ({
      value: String(action.number),
      label: action.title,
    }));
    lastKnownActions.set(locale, choices);
    return choices;
  } catch (error) {
    const known = lastKnownActions.get(locale);
    if (known && (isConnectionError(error) || isBusyError(error))) return known;
    throw error;
  }
}

/** Everything the endorsement form needs from the server, in the visitor's language. */
export async function endorseFormProps(locale: string) {
  const t = await getTranslations({ locale, namespace: "Endorse" });
  const site = await getTranslations({ locale, namespace: "Site" });
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const collator = new Intl.Collator(locale);
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
    removeLogo: t("removeLogo"),
    sent: { title: t("sent.title"), text: t.raw("sent.text") as string, again: t("sent.again") },
  };
  return {
    text,
    locale,
    stamp: issueFormStamp(),
    honeypotField,
    stampField,
    types: organisationTypes.map((value) => ({ value, label: t(`types.${value}`) })),
    countries: countryCodes
      .map((code) => ({ value: code, label: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.label, b.label)),
    actions: await actionChoices(locale),
    languages: locales.map((code) => ({ value: code, label: site(`languageNames.${code}`) })),
  };
}
