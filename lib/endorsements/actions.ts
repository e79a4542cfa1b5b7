"use server";

import { clientIp } from "../security/client-ip.server";
import { type EndorseState, handleEndorsementForm } from "./form.server";

export type { EndorseState };

/** The endorsement form's server action: works as a plain POST without JavaScript. */
export async function endorseAction(_previous: EndorseState, form: FormData): Promise<EndorseState> {
  return handleEndorsementForm(form, await clientIp());
}
