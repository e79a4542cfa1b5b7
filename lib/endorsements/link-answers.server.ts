import "server-only";
import { isLocale } from "../../i18n/routing";
import { confirmEndorsement, reconfirmEndorsement } from "./lifecycle.server";

// The two buttons of an emailed link's page, posted as plain forms to route handlers
// (app/api/confirm, app/api/reconfirm): each answer is a redirect, so nothing needs a page render
// or a server action's machinery (decision 038). Each returns where the browser goes next.

function localeOf(form: FormData) {
  const locale = form.get("locale");
  return typeof locale === "string" && isLocale(locale) ? locale : "en";
}

/** Confirms on a button press, not on opening the link: mail scanners that fetch links confirm nothing. */
export async function confirmFromForm(form: FormData): Promise<string> {
  const token = form.get("token");
  const subscribe = form.get("subscribe") === "1";
  const endorsement = typeof token === "string" ? await confirmEndorsement(token, { subscribe }) : null;
  return endorsement
    ? `/${localeOf(form)}/endorse/confirm?done=${encodeURIComponent(endorsement.slug)}`
    : `/${localeOf(form)}/endorse/confirm?invalid=1`;
}

/** "Yes, we still endorse #weareALE": the button on the yearly question's page (never the link itself). */
export async function reconfirmFromForm(form: FormData): Promise<string> {
  const token = form.get("token");
  const endorsement = typeof token === "string" ? await reconfirmEndorsement(token) : null;
  return `/${localeOf(form)}/endorse/reconfirm?${endorsement ? "done=1" : "invalid=1"}`;
}
