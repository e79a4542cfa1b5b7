import "server-only";
import { NextResponse } from "next/server";
import { env } from "../env.server";

/**
 * Answers a plain form post with a 303 to the page `answer` names. The form is read whatever its
 * encoding; a body that is not a form reads as an empty one (a 303 to the "invalid link" page,
 * never a 5xx). The target is built from SITE_URL: behind a TLS proxy, request.url says
 * http://localhost:3000.
 */
export async function redirectAfterForm(request: Request, answer: (form: FormData) => Promise<string>) {
  const form = await request.formData().catch(() => new FormData());
  return NextResponse.redirect(new URL(await answer(form), env().SITE_URL), 303);
}
