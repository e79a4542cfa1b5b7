import "server-only";
import { NextResponse } from "next/server";
import { env } from "../env.server";
import { readBoundedForm } from "../security/bounded-body";

/** These forms carry a token, a language and a choice: far below this. */
const maxFormBytes = 8 * 1024;

/**
 * Answers a plain form post with a 303 to the page `answer` names. The form is read whatever its
 * encoding; a body that is not a form, or is over 8 KB (counted as it arrives, never held whole),
 * reads as an empty one (a 303 to the "invalid link" page, never a 5xx). The target is built from
 * SITE_URL: behind a TLS proxy, request.url says http://localhost:3000.
 */
export async function redirectAfterForm(request: Request, answer: (form: FormData) => Promise<string>) {
  const form = (await readBoundedForm(request, maxFormBytes)) ?? new FormData();
  return NextResponse.redirect(new URL(await answer(form), env().SITE_URL), 303);
}
