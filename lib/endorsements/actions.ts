"use server";

import { headers } from "next/headers";
import { type EndorseState, handleEndorsementForm } from "./form.server";

export type { EndorseState };

async function clientIp() {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
}

/** The endorsement form's server action: works as a plain POST without JavaScript. */
export async function endorseAction(_previous: EndorseState, form: FormData): Promise<EndorseState> {
  return handleEndorsementForm(form, await clientIp());
}
