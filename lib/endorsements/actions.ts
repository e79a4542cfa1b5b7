"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { clientIp } from "../security/client-ip.server";
import { type EndorseState, handleEndorsementForm } from "./form.server";

export type { EndorseState };

/**
 * The endorsement form's server action: works as a plain POST without JavaScript. A sent form is
 * answered with a 303 to the static "check your email" page, so the busiest answer of a launch
 * renders nothing (decision 032); a refused one comes back with everything typed.
 */
export async function endorseAction(_previous: EndorseState, form: FormData): Promise<EndorseState> {
  const state = await handleEndorsementForm(form, await clientIp());
  if (state.status !== "sent") return state;
  // The page's language (the form's own "locale" field is the language of the emails).
  redirect(`/${await getLocale()}/endorse/sent`);
}
