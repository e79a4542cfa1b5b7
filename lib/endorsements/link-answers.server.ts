import "server-only";
import { isLocale } from "../../i18n/routing";
import { isOutage } from "../availability/database-health";
import { confirmEndorsement, reconfirmEndorsement } from "./lifecycle.server";

// The two buttons of an emailed link's page, posted as plain forms to route handlers
// (app/api/confirm, app/api/reconfirm): each answer is a redirect, so nothing needs a page render
// or a server action's machinery (decision 038). Each returns where the browser goes next.

function localeOf(form: FormData) {
  const locale = form.get("locale");
  return typeof locale === "string" && isLocale(locale) ? locale : "en";
}

/**
 * A database that could not be reached, or was too busy to answer in time, made no change (a
 * command's writes are one statement or one transaction, and nothing after them reads the
 * database): the person goes back to the link's page, which says so and offers the button again.
 */
async function unlessUnavailable<T>(answer: () => Promise<T>): Promise<T | "retry"> {
  try {
    return await answer();
  } catch (error) {
    if (!isOutage(error)) throw error;
    return "retry";
  }
}

const pressAgain = (page: string, form: FormData, token: string) =>
  `/${localeOf(form)}/endorse/${page}?token=${encodeURIComponent(token)}&retry=1`;

/** Confirms on a button press, not on opening the link: mail scanners that fetch links confirm nothing. */
export async function confirmFromForm(form: FormData): Promise<string> {
  const token = form.get("token");
  const subscribe = form.get("subscribe") === "1";
  if (typeof token !== "string") return `/${localeOf(form)}/endorse/confirm?invalid=1`;
  const endorsement = await unlessUnavailable(() => confirmEndorsement(token, { subscribe }));
  if (endorsement === "retry") return pressAgain("confirm", form, token);
  return endorsement
    ? `/${localeOf(form)}/endorse/confirm?done=${encodeURIComponent(endorsement.slug)}`
    : `/${localeOf(form)}/endorse/confirm?invalid=1`;
}

/** "Yes, we still endorse #weareALE": the button on the yearly question's page (never the link itself). */
export async function reconfirmFromForm(form: FormData): Promise<string> {
  const token = form.get("token");
  if (typeof token !== "string") return `/${localeOf(form)}/endorse/reconfirm?invalid=1`;
  const endorsement = await unlessUnavailable(() => reconfirmEndorsement(token));
  if (endorsement === "retry") return pressAgain("reconfirm", form, token);
  return `/${localeOf(form)}/endorse/reconfirm?${endorsement ? "done=1" : "invalid=1"}`;
}
