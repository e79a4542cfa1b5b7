import "server-only";
import { isAdmissionRefused, submissionGate } from "../availability/admission";
import { isOutage } from "../availability/database-health";
import { db } from "../db/client.server";
import { env } from "../env.server";
import { imageFromUpload, logoUploadLimit, maxUploadBytes } from "../media/images.server";
import { checkFormGuard, issueFormStamp, stampField } from "../security/form-guard.server";
import { consume, isLimited, type Limit } from "../security/rate-limit.server";
import { registrableDomain } from "./domain-check";
import {
  type EndorsementInput,
  type FieldErrors,
  type RawEndorsement,
  rawFromFormData,
  validateEndorsement,
} from "./schema";
import { submissionIpLimit, submitEndorsement } from "./submit.server";

export type EndorseState = {
  status: "editing" | "invalid" | "sent";
  values: RawEndorsement;
  errors: FieldErrors;
  logoSha256?: string;
  email?: string;
  /** The form's original signed stamp, kept across corrections so its age stays true. */
  stamp?: string;
};

/** A submitted endorsement form, read the same way for a new endorsement and for an update. */
export type ReadForm = {
  values: RawEndorsement;
  errors: FieldErrors;
  /** Set when every field and the logo are valid. */
  input?: EndorsementInput;
  logoSha256?: string;
  logoImageId?: string;
};

/**
 * Reads the fields (`fixed` overrides what the form may not change) and the logo: a new upload is
 * decoded only after its size and the upload limit were checked, and is stored even when a field is
 * wrong, so the form comes back with it (with or without JavaScript). A logo sent earlier (through
 * /api/logo or a previous attempt) is found by its hash.
 */
export async function readEndorsementForm(form: FormData, ip: string, fixed: RawEndorsement = {}): Promise<ReadForm> {
  const values = { ...rawFromFormData(form), ...fixed };
  const result = validateEndorsement(values);
  const errors: FieldErrors = result.success ? {} : { ...result.errors };
  // A host with no registrable domain ("https://co.uk", "https://github.io") passes as a URL but
  // names no organisation's site. Checked here, on the server: the public suffix list is too big
  // for the form's browser bundle, which shares the schema.
  const website = result.success ? result.data.website : undefined;
  if (website && !registrableDomain(website)) errors.website = "invalidUrl";
  const logo = await readLogo(form, ip);
  if (logo.error === "rateLimited") errors.form = "rateLimited";
  else if (logo.error) errors.logo = logo.error;
  return {
    values,
    errors,
    input: result.success && !errors.website && !logo.error ? result.data : undefined,
    logoSha256: logo.sha256,
    logoImageId: logo.imageId,
  };
}

async function readLogo(form: FormData, ip: string): Promise<{ imageId?: string; sha256?: string; error?: string }> {
  const file = form.get("logo");
  if (file instanceof File && file.size > 0) {
    if (file.size > maxUploadBytes) return { error: "logoTooLarge" };
    if (!(await consume([logoUploadLimit(ip)]))) return { error: "rateLimited" };
    return imageFromUpload(file);
  }
  const sha256 = form.get("logoSha256");
  if (typeof sha256 !== "string" || !/^[a-f0-9]{64}$/.test(sha256)) return {};
  const image = await db().image.findUnique({ where: { sha256 }, select: { id: true } });
  return image ? { imageId: image.id, sha256 } : {};
}

/** A form stamp makes one endorsement: replaying a valid form creates nothing more. */
const stampUse = (stamp: string): Limit => ({ key: `stamp:${stamp}`, max: 1, windowSeconds: 2 * 86_400 });

/**
 * Everything the create action does, minus reading the request: any FormData in, a form state out.
 * The cheap checks (honeypot, stamp, time trap, rate limits, upload size) run before a logo is
 * decoded. When the database cannot be reached, the form comes back with everything typed.
 */
export async function handleEndorsementForm(form: FormData, ip: string): Promise<EndorseState> {
  try {
    return await submissionGate(env().DATABASE_POOL_SIZE).run(() => handle(form, ip));
  } catch (error) {
    // Refused at the door: nothing was read or stored, so the form's own stamp stays good.
    if (isAdmissionRefused(error)) return keptForm(form, "busy", validStamp(form));
    if (!isOutage(error)) throw error;
    // The old stamp may have been used up just before the database went away.
    return keptForm(form, "unavailable", issueFormStamp());
  }
}

/**
 * Where a form posted without JavaScript goes next: the static "check your email" page once sent, the
 * static "send it again" page when refused at the busy door (decision 032; the browser's Back button
 * returns to the form as typed), or nowhere (null): the form comes back with everything typed.
 */
export function pageAfterPlainPost(state: EndorseState, locale: string): string | null {
  if (state.status === "sent") return `/${locale}/endorse/sent`;
  if (state.errors.form === "busy") return `/${locale}/endorse/busy`;
  return null;
}

/** The form as it was sent, with one message for the whole form (nothing was stored). */
function keptForm(form: FormData, error: "busy" | "unavailable", stamp: string): EndorseState {
  return {
    status: "invalid",
    values: rawFromFormData(form),
    errors: { form: error },
    logoSha256: validHash(form.get("logoSha256")),
    stamp,
  };
}

function validStamp(form: FormData): string {
  const stamp = form.get(stampField);
  return typeof stamp === "string" && checkFormGuard(form) !== "forged" ? stamp : issueFormStamp();
}

const validHash = (value: unknown) => (typeof value === "string" && /^[a-f0-9]{64}$/.test(value) ? value : undefined);

async function handle(form: FormData, ip: string): Promise<EndorseState> {
  const guard = checkFormGuard(form);
  const stamp = typeof form.get(stampField) === "string" ? String(form.get(stampField)) : "";
  const calm: EndorseState = { status: "sent", values: {}, errors: {}, email: rawFromFormData(form).contactEmail };
  // Bots get the same calm answer as people, and nothing is stored or sent.
  if (guard === "honeypot" || guard === "forged") return calm;
  const refused = (errors: FieldErrors): EndorseState => ({
    status: "invalid",
    values: rawFromFormData(form),
    errors,
    logoSha256: validHash(form.get("logoSha256")),
    // An expired form gets a fresh stamp with the page; otherwise the original one stays.
    stamp: guard === "stale" ? undefined : stamp,
  });
  if (guard === "stale") return refused({ form: "formExpired" });
  if (guard === "tooFast") return refused({ form: "tooFast" });
  // Decoding a logo is the expensive step: a replayed or rate-limited form never gets that far.
  const file = form.get("logo");
  if (file instanceof File && file.size > 0) {
    if (await isLimited([stampUse(stamp)])) return calm;
    if (await isLimited([submissionIpLimit(ip)])) return refused({ form: "rateLimited" });
  }

  const read = await readEndorsementForm(form, ip);
  if (!read.input) {
    return { status: "invalid", values: read.values, errors: read.errors, logoSha256: read.logoSha256, stamp };
  }
  const via = form.get("via");
  const outcome = await submitEndorsement(read.input, {
    ip,
    logoImageId: read.logoImageId,
    inviteCode: typeof via === "string" && /^[\w-]{1,20}$/.test(via) ? via : undefined,
    once: stampUse(stamp),
  });
  if (outcome.status === "replayed") return calm;
  if (outcome.status === "rateLimited") {
    const fresh = issueFormStamp(); // this one is used up, and nothing was stored
    return {
      status: "invalid",
      values: read.values,
      errors: { form: "rateLimited" },
      logoSha256: read.logoSha256,
      stamp: fresh,
    };
  }
  return { status: "sent", values: {}, errors: {}, email: read.input.contactEmail };
}
