"use server";

import { redirect } from "next/navigation";
import { isLocale } from "../../i18n/routing";
import { db } from "../db/client.server";
import { clientIp } from "../security/client-ip.server";
import { endManageSession, manageSessionEndorsementId } from "../security/manage-session.server";
import type { EndorseState } from "./actions";
import { withdrawEndorsement } from "./lifecycle.server";
import { eraseEndorsement, requestManageLink, updateEndorsement } from "./manage.server";
import { type FieldErrors, rawFromFormData, validateEndorsement } from "./schema";
import { logoFromUpload } from "./submit.server";

const localeOf = (form: FormData) => {
  const value = form.get("locale");
  return typeof value === "string" && isLocale(value) ? value : "en";
};

export async function requestLinkAction(_previous: { sent: boolean }, form: FormData) {
  const email = form.get("email");
  if (typeof email === "string" && email.length <= 254)
    await requestManageLink(email, localeOf(form), await clientIp());
  return { sent: true };
}

/** Saves changes from the manage page; every call re-checks the signed session. */
export async function updateAction(_previous: EndorseState, form: FormData): Promise<EndorseState> {
  const id = await manageSessionEndorsementId();
  if (!id) return { status: "invalid", values: rawFromFormData(form), errors: { form: "sessionExpired" } };
  const current = await db().endorsement.findUnique({ where: { id }, select: { contactEmail: true } });
  if (!current) return { status: "invalid", values: {}, errors: { form: "sessionExpired" } };
  // The address is the endorsement's identity: it cannot be changed here.
  const values = { ...rawFromFormData(form), contactEmail: current.contactEmail, consentPublic: "on" };
  const errors: FieldErrors = {};
  let logoImageId: string | undefined;
  const file = form.get("logo");
  if (file instanceof File && file.size > 0) {
    const logo = await logoFromUpload(file);
    if (logo.error) errors.logo = logo.error;
    logoImageId = logo.imageId;
  } else if (typeof form.get("logoSha256") === "string") {
    const image = await db().image.findUnique({
      where: { sha256: String(form.get("logoSha256")) },
      select: { id: true },
    });
    logoImageId = image?.id;
  }
  const result = validateEndorsement(values);
  if (!result.success || Object.keys(errors).length) {
    return { status: "invalid", values, errors: { ...(result.success ? {} : result.errors), ...errors } };
  }
  await updateEndorsement(id, result.data, logoImageId);
  return { status: "sent", values: {}, errors: {} };
}

export async function withdrawAction(form: FormData) {
  const id = await manageSessionEndorsementId();
  if (id) await withdrawEndorsement(id);
  redirect(`/${localeOf(form)}/endorse/manage?done=withdrawn`);
}

export async function eraseAction(form: FormData) {
  const id = await manageSessionEndorsementId();
  if (id && form.get("confirm") === "on") {
    await eraseEndorsement(id);
    await endManageSession();
    redirect(`/${localeOf(form)}/endorse/manage?done=erased`);
  }
  redirect(`/${localeOf(form)}/endorse/manage`);
}
