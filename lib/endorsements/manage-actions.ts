"use server";

import { redirect } from "next/navigation";
import { isLocale } from "../../i18n/routing";
import { clientIp } from "../security/client-ip.server";
import { endManageSession, manageSessionEndorsementId } from "../security/manage-session.server";
import { consume } from "../security/rate-limit.server";
import type { EndorseState } from "./actions";
import { readEndorsementForm } from "./form.server";
import {
  eraseEndorsement,
  renewEndorsement,
  restoreEndorsement,
  updateEndorsement,
  withdrawEndorsement,
} from "./lifecycle.server";
import { getManagedEndorsement, requestManageLink } from "./manage.server";
import { rawFromFormData } from "./schema";

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
  const current = id ? await getManagedEndorsement(id) : null;
  if (!id || !current) return { status: "invalid", values: rawFromFormData(form), errors: { form: "sessionExpired" } };
  if (!(await consume([{ key: `manage:update:${id}`, max: 20, windowSeconds: 3600 }])))
    return { status: "invalid", values: rawFromFormData(form), errors: { form: "rateLimited" } };
  // The address is the endorsement's identity: it cannot be changed here.
  const read = await readEndorsementForm(form, await clientIp(), {
    contactEmail: current.contactEmail,
    consentPublic: "on",
  });
  if (!read.input) return { status: "invalid", values: read.values, errors: read.errors, logoSha256: read.logoSha256 };
  const saved = await updateEndorsement(id, read.input, read.logoImageId);
  if (!saved)
    return { status: "invalid", values: read.values, errors: { form: "notEditable" }, logoSha256: read.logoSha256 };
  return { status: "sent", values: {}, errors: {} };
}

export async function withdrawAction(form: FormData) {
  const id = await manageSessionEndorsementId();
  if (id) await withdrawEndorsement(id);
  redirect(`/${localeOf(form)}/endorse/manage?done=withdrawn`);
}

export async function restoreAction(form: FormData) {
  const id = await manageSessionEndorsementId();
  if (id) await restoreEndorsement(id);
  redirect(`/${localeOf(form)}/endorse/manage?done=restored`);
}

export async function renewAction(form: FormData) {
  const id = await manageSessionEndorsementId();
  if (id) await renewEndorsement(id);
  redirect(`/${localeOf(form)}/endorse/manage?done=renewed`);
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
