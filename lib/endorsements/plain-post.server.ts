import "server-only";
import type { Locale } from "@/i18n/routing";
import { tooLargeResponse } from "../http/plain-pages";
import { formBodyLimitBytes } from "../media/upload-limits";
import { readBoundedForm } from "../security/bounded-body";
import { ipFromHeaders } from "../security/client-ip.server";
import { type EndorseState, handleEndorsementForm, pageAfterPlainPost } from "./form.server";

/**
 * The endorsement form as a browser posts it (every sign-up: the page is sent without React's
 * scripts, decision 037), answered without Next.js's server-action machinery (decision 042): a 303 to
 * the "check your email" or "send it again" page, or the form back with everything typed, which
 * `formPage` renders. The page's server action (endorseAction) answers alike where no direct route
 * runs (`next dev`).
 */
export async function answerSignUpPost(
  request: Request,
  locale: Locale,
  formPage: (state: EndorseState) => Promise<Response>,
): Promise<Response> {
  const form = await readBoundedForm(request, formBodyLimitBytes);
  // Over the limit without a Content-Length that said so (the proxy answers those before reading).
  if (!form) return tooLargeResponse(locale);
  const state = await handleEndorsementForm(form, ipFromHeaders(request.headers));
  const next = pageAfterPlainPost(state, locale);
  if (next) return new Response(null, { status: 303, headers: { Location: next, "Cache-Control": "no-store" } });
  return formPage(state);
}
