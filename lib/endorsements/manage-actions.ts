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
  markProgress,
  renewEndorsement,
  restoreEndorsement,
  updateEndorsement,
  withdrawEndorsement,
} from "./lifecycle.server";
import { getManagedEndorsement, requestManageLink } from "./manage.server";
import { type ProgressValues, parseProgress, progressValuesOf } from "./progress";
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

export type ProgressState = {
  status: "editing" | "saved" | "savedPending" | "invalid";
  values: ProgressValues;
  errors: Record<string, string>;
};

/**
 * Saves the progress on one action from the manage page (a plain POST without JavaScript); every
 * error gives back what was typed. Re-checks the signed session and that the action is one committed to.
 */
export async function progressAction(_previous: ProgressState, form: FormData): Promise<ProgressState> {
  const values = progressValuesOf(form);
  const invalid = (errors: Record<string, string>): ProgressState => ({ status: "invalid", values, errors });
  const id = await manageSessionEndorsementId();
  const current = id ? await getManagedEndorsement(id) : null;
  if (!id || !current) return invalid({ form: "sessionExpired" });
  const { input, errors } = parseProgress(values);
  if (!input) return invalid(errors);
  if (!current.commitments.some((c) => c.actionNumber === input.actionNumber))
    return invalid({ actionNumber: "notCommitted" });
  if (!(await consume([{ key: `manage:progress:${id}`, max: 60, windowSeconds: 3600 }])))
    return invalid({ form: "rateLimited" });
  const saved = await markProgress(id, input);
  if (!saved) return invalid({ form: "notAllowed" });
  const after = (await getManagedEndorsement(id))?.commitments.find((c) => c.actionNumber === input.actionNumber);
  return { status: after?.pendingAt ? "savedPending" : "saved", values, errors: {} };
}
