import "server-only";
import { isBusyError, isConnectionError, reportDatabaseDown } from "../availability/database-health";
import { db } from "../db/client.server";
import { checkFormGuard, stampField } from "../security/form-guard.server";
import { type FieldErrors, type RawEndorsement, rawFromFormData, validateEndorsement } from "./schema";
import { logoFromUpload, submitEndorsement } from "./submit.server";

export type EndorseState = {
  status: "editing" | "invalid" | "sent";
  values: RawEndorsement;
  errors: FieldErrors;
  logoSha256?: string;
  email?: string;
  /** The form's original signed stamp, kept across corrections so its age stays true. */
  stamp?: string;
};

/**
 * Everything the action does, minus reading the request: any FormData in, a form state out. When the
 * database cannot be reached, the form comes back with everything typed and a "try again" message.
 */
export async function handleEndorsementForm(form: FormData, ip: string): Promise<EndorseState> {
  try {
    return await handle(form, ip);
  } catch (error) {
    const busy = isBusyError(error);
    if (!busy && !isConnectionError(error)) throw error;
    if (!busy) reportDatabaseDown();
    const stamp = form.get(stampField);
    return {
      status: "invalid",
      values: rawFromFormData(form),
      errors: { form: "unavailable" },
      stamp: typeof stamp === "string" ? stamp : undefined,
    };
  }
}

async function handle(form: FormData, ip: string): Promise<EndorseState> {
  const values = rawFromFormData(form);
  const guard = checkFormGuard(form);
  const stamp = typeof form.get(stampField) === "string" ? String(form.get(stampField)) : undefined;
  // Bots get the same calm answer as people, and nothing is stored or sent.
  if (guard === "honeypot" || guard === "forged") {
    return { status: "sent", values: {}, errors: {}, email: values.contactEmail };
  }

  const errors: FieldErrors = {};
  let logoSha256 = typeof form.get("logoSha256") === "string" ? String(form.get("logoSha256")) : undefined;
  let logoImageId: string | undefined;
  const file = form.get("logo");
  if (file instanceof File && file.size > 0) {
    const logo = await logoFromUpload(file);
    if (logo.error) errors.logo = logo.error;
    else ({ sha256: logoSha256, imageId: logoImageId } = logo);
  } else if (logoSha256) {
    const image = /^[a-f0-9]{64}$/.test(logoSha256)
      ? await db().image.findUnique({ where: { sha256: logoSha256 }, select: { id: true } })
      : null;
    logoImageId = image?.id;
    if (!image) logoSha256 = undefined;
  }

  const result = validateEndorsement(values);
  if (guard === "stale") errors.form = "formExpired";
  if (guard === "tooFast") errors.form = "tooFast";
  if (!result.success || Object.keys(errors).length > 0) {
    return {
      status: "invalid",
      values,
      errors: { ...(result.success ? {} : result.errors), ...errors },
      logoSha256,
      // An expired form gets a fresh stamp with the page; otherwise the original one stays.
      stamp: guard === "stale" ? undefined : stamp,
    };
  }
  const via = form.get("via");
  const outcome = await submitEndorsement(result.data, {
    ip,
    logoImageId,
    inviteCode: typeof via === "string" && via.length <= 20 ? via : undefined,
  });
  if (outcome.status === "rateLimited") {
    return { status: "invalid", values, errors: { form: "rateLimited" }, logoSha256, stamp };
  }
  return { status: "sent", values: {}, errors: {}, email: result.data.contactEmail };
}
