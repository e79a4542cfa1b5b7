"use server";

import { redirect } from "next/navigation";
import { type FormState, valuesOf } from "../../admin/form-state";
import { formObject } from "../../admin/validation";
import { adminTranslations } from "../../staff/admin-i18n.server";
import { staffAction } from "../../staff/session.server";
import { publishCampaignDraft, restoreCampaignRevision, saveCampaignText } from "../campaign-texts.server";

// Every export is wrapped by staffAction: the session and role are checked before anything else.
// Moderators edit and publish campaign texts, as they do news and events (decision 020).

const editorUrl = (key: string, locale: string) =>
  `/admin/texts/${encodeURIComponent(key)}/${encodeURIComponent(locale)}`;

function target(form: FormData) {
  const raw = formObject(form);
  const baseNumber = Number(raw.baseNumber);
  return {
    key: raw.key ?? "",
    locale: raw.locale ?? "",
    baseNumber: Number.isInteger(baseNumber) && baseNumber >= 0 ? baseNumber : -1,
    raw,
  };
}

export const saveTextAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const { key, locale, baseNumber, raw } = target(form);
    const publish = raw.intent === "publish";
    const { t } = await adminTranslations();
    const result = await saveCampaignText({ actor: staff, key, locale, baseNumber, text: raw.text ?? "", publish, t });
    if (!result.ok) {
      const values = valuesOf(form);
      // After a stale refusal the next save is made against the newest revision, with the text as typed.
      if (result.latestNumber !== undefined) values.baseNumber = String(result.latestNumber);
      return result.field === "text"
        ? { values, errors: { text: result.error } }
        : { values, errors: {}, message: result.error };
    }
    redirect(`${editorUrl(key, locale)}?done=${publish ? "published" : "saved"}`);
  },
);

export const publishDraftAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const { key, locale, baseNumber } = target(form);
  const result = await publishCampaignDraft({ actor: staff, key, locale, baseNumber });
  redirect(
    `${editorUrl(key, locale)}?${result.ok ? "done=published" : result.latestNumber === undefined ? "error=nodraft" : "error=stale"}`,
  );
});

export const restoreRevisionAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const { key, locale, baseNumber, raw } = target(form);
  const number = Number(raw.number);
  const result = await restoreCampaignRevision({ actor: staff, key, locale, baseNumber, number });
  redirect(`${editorUrl(key, locale)}?${result.ok ? "done=restored" : "error=stale"}`);
});
