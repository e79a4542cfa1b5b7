"use server";

import { redirect } from "next/navigation";
import { type FormState, valuesOf } from "../../admin/form-state";
import { formObject } from "../../admin/validation";
import { adminTranslations } from "../../staff/admin-i18n.server";
import { staffAction } from "../../staff/session.server";
import { keyMessageTextKey } from "../campaign-texts";
import { addKeyMessage, moveKeyMessage, setKeyMessageRetired } from "../key-messages.server";

// Every export is wrapped by staffAction: the session and role are checked before anything else.
// Moderators manage key messages as they edit every other campaign text (decisions 020 and 029).

const listUrl = "/admin/key-messages";

export const addKeyMessageAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const { t } = await adminTranslations();
    const result = await addKeyMessage({ actor: staff, text: formObject(form).text ?? "", t });
    if (!result.ok) return { values: valuesOf(form), errors: { text: result.error } };
    redirect(`/admin/texts/${encodeURIComponent(keyMessageTextKey(result.id))}/en?done=saved`);
  },
);

export const moveKeyMessageAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const raw = formObject(form);
  const direction = raw.direction === "up" ? "up" : "down";
  const moved = await moveKeyMessage({ actor: staff, id: raw.id ?? "", direction });
  redirect(`${listUrl}?${moved ? "done=moved" : "error=unchanged"}`);
});

export const retireKeyMessageAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const raw = formObject(form);
  const retired = raw.retired !== "false";
  const changed = await setKeyMessageRetired({ actor: staff, id: raw.id ?? "", retired });
  redirect(`${listUrl}?${changed ? `done=${retired ? "retired" : "restored"}` : "error=unchanged"}`);
});
