"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, valuesOf } from "../admin/form-state";
import {
  checkbox,
  formObject,
  logoErrors,
  optionalText,
  optionalUrl,
  requiredText,
  wordErrors,
} from "../admin/validation";
import { fieldErrors } from "../field-errors";
import { idPattern } from "../ids";
import { imageFromUpload } from "../media/images.server";
import { adminTranslator } from "../staff/admin-language";
import { staffAction } from "../staff/session.server";
import { createPartner, deletePartner, movePartner, removePartnerLogo, updatePartner } from "./partners.server";

// Every export is wrapped by staffAction: the session and role are checked before anything else.

const partnerSchema = z.object({
  name: requiredText(200),
  acronym: optionalText(20),
  localName: optionalText(200),
  localNameLanguage: optionalText(20).refine(
    (value) => value === undefined || /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value),
    "Errors.languageCode",
  ),
  url: optionalUrl,
  founding: checkbox,
});

export const savePartnerAction = staffAction(
  "ADMIN",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const values = valuesOf(form);
    const parsed = partnerSchema.safeParse(formObject(form));
    const file = form.get("logo");
    const logo = await imageFromUpload(file instanceof File ? file : null);
    const errors = {
      ...(parsed.success ? {} : fieldErrors(parsed.error)),
      ...(logo.error && { logo: logoErrors[logo.error] }),
    };
    if (!parsed.success || logo.error)
      return { values, errors: wordErrors(adminTranslator(staff.adminLocale), errors) };
    const id = typeof form.get("id") === "string" ? String(form.get("id")) : "";
    if (idPattern.test(id)) {
      await updatePartner(staff, id, { ...parsed.data, logoId: logo.imageId });
      redirect(`/admin/partners?done=saved`);
    }
    await createPartner(staff, { ...parsed.data, logoId: logo.imageId });
    redirect("/admin/partners?done=created");
  },
);

export const movePartnerAction = staffAction("ADMIN", async (staff, form: FormData) => {
  const id = String(form.get("id") ?? "");
  const direction = form.get("direction") === "up" ? "up" : "down";
  if (idPattern.test(id)) await movePartner(staff, id, direction);
  redirect("/admin/partners?done=moved");
});

export const removePartnerLogoAction = staffAction("ADMIN", async (staff, form: FormData) => {
  const id = String(form.get("id") ?? "");
  if (idPattern.test(id)) await removePartnerLogo(staff, id);
  redirect(`/admin/partners/${id}?done=saved`);
});

export const deletePartnerAction = staffAction("ADMIN", async (staff, form: FormData) => {
  const id = String(form.get("id") ?? "");
  if (idPattern.test(id) && form.get("confirm") === "on") {
    await deletePartner(staff, id);
    redirect("/admin/partners?done=deleted");
  }
  redirect(`/admin/partners/${id}?error=confirm`);
});
