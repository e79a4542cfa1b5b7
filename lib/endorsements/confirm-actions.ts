"use server";

import { redirect } from "next/navigation";
import { isLocale } from "../../i18n/routing";
import { confirmEndorsement, reconfirmEndorsement } from "./lifecycle.server";

/** Confirms on a button press, not on opening the link: mail scanners that fetch links confirm nothing. */
export async function confirmAction(form: FormData) {
  const token = form.get("token");
  const locale = form.get("locale");
  const safeLocale = typeof locale === "string" && isLocale(locale) ? locale : "en";
  const subscribe = form.get("subscribe") === "1";
  const endorsement = typeof token === "string" ? await confirmEndorsement(token, { subscribe }) : null;
  redirect(
    endorsement
      ? `/${safeLocale}/endorse/confirm?done=${encodeURIComponent(endorsement.slug)}`
      : `/${safeLocale}/endorse/confirm?invalid=1`,
  );
}

/** "Yes, we still endorse #weareALE": the button on the yearly question's page (never the link itself). */
export async function reconfirmAction(form: FormData) {
  const token = form.get("token");
  const locale = form.get("locale");
  const safeLocale = typeof locale === "string" && isLocale(locale) ? locale : "en";
  const endorsement = typeof token === "string" ? await reconfirmEndorsement(token) : null;
  redirect(`/${safeLocale}/endorse/reconfirm?${endorsement ? "done=1" : "invalid=1"}`);
}
