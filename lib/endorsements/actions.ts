"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { clientIp } from "../security/client-ip.server";
import { type EndorseState, handleEndorsementForm, pageAfterPlainPost } from "./form.server";

export type { EndorseState };

/**
 * The endorsement form's server action: works as a plain POST without JavaScript. Under
 * scripts/server.mjs lib/endorsements/plain-post.server.ts answers a plain post the same way,
 * without the action's machinery (decision 042). The two answers a
 * launch-day burst is made of render nothing (decision 032): a sent form is a 303 to the static
 * "check your email" page, and a form refused at the busy door, posted without JavaScript, a 303 to
 * the static "send it again" page (the browser's Back button returns to the form as typed). With
 * JavaScript, and for every other refusal, the form comes back with everything typed.
 */
export async function endorseAction(_previous: EndorseState, form: FormData): Promise<EndorseState> {
  const state = await handleEndorsementForm(form, await clientIp());
  const next = pageAfterPlainPost(state, await getLocale());
  if (next && (state.status === "sent" || !(await headers()).has("next-action"))) redirect(next);
  return state;
}
