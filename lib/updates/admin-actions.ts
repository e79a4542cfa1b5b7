"use server";

import { redirect } from "next/navigation";
import { type FormState, valuesOf } from "../admin/form-state";
import { idPattern } from "../ids";
import { adminTranslator } from "../staff/admin-language";
import { staffAction } from "../staff/session.server";
import { parseUpdateForm, updateErrorCodes, updateLimits } from "./schema";
import { publishAsNews, saveUpdate, sendTest, sendUpdate } from "./updates.server";

// Every export is wrapped by staffAction: the session and role are checked before anything else.

const idOf = (form: FormData) => {
  const id = form.get("id");
  return typeof id === "string" && idPattern.test(id) ? id : undefined;
};

export const saveUpdateAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const values = valuesOf(form);
    const t = adminTranslator(staff.adminLocale);
    const parsed = parseUpdateForm(form);
    if (!parsed.data) {
      const errors = Object.fromEntries(
        Object.entries(parsed.errors).map(([field, code]) => [
          field,
          updateErrorCodes.includes(code as (typeof updateErrorCodes)[number])
            ? t(`Errors.updates.${code as (typeof updateErrorCodes)[number]}`, updateLimits)
            : code,
        ]),
      );
      const { audience, ...fieldErrors } = errors;
      return { values, errors: fieldErrors, message: audience };
    }
    const id = await saveUpdate(staff, idOf(form), parsed.data);
    if (!id) return { values, errors: {}, message: t("Errors.updates.sentMeanwhile") };
    redirect(`/admin/updates/${id}?done=saved`);
  },
);

/** Every written language of the update, to the staff member's own address. */
export const testUpdateAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const id = idOf(form);
  if (!id) redirect("/admin/updates");
  const n = await sendTest(id, staff);
  redirect(`/admin/updates/${id}?done=tested&n=${n}`);
});

/** Sending to every endorser in the audience is an admin's decision. */
export const sendUpdateAction = staffAction("ADMIN", async (staff, form: FormData) => {
  const id = idOf(form);
  if (!id) redirect("/admin/updates");
  if (form.get("confirm") !== "on") redirect(`/admin/updates/${id}?error=confirm`);
  const n = await sendUpdate(id, staff);
  redirect(n === null ? `/admin/updates/${id}?error=already-sent` : `/admin/updates/${id}?done=sent&n=${n}`);
});

/** A sent update becomes a draft news item, opened in the news editor to finish and publish. */
export const newsFromUpdateAction = staffAction("MODERATOR", async (staff, form: FormData) => {
  const id = idOf(form);
  if (!id) redirect("/admin/updates");
  const newsItemId = await publishAsNews(staff, id);
  redirect(newsItemId ? `/admin/news/${newsItemId}` : `/admin/updates/${id}?error=not-sent`);
});
