"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { clientIp } from "../security/client-ip.server";
import { type EndorseState, handleEndorsementForm } from "./form.server";

export type { EndorseState };

/**
 * The endorsement form's server action: works as a plain POST without JavaScript. The two answers a
 * launch-day burst is made of render nothing (decision 032): a sent form is a 303 to the static
 * "check your email" page, and a form refused at the busy door, posted without JavaScript, a 303 to
 * the static "send it again" page (the browser's Back button returns to the form as typed). With
 * JavaScript, and for every other refusal, the form comes back with everything typed.
 */
export async function endorseAction(_previous: EndorseState, form: FormData): Promise<EndorseState> {
  const state = await handleEndorsementForm(form, await clientIp());
  if (state.status === "sent") redirect(`/${await getLocale()}/endorse/sent`);
  if (state.errors.form === "busy" && !(await headers()).has("next-action"))
    redirect(`/${await getLocale()}/endorse/busy`);
  return state;
}
