import { z } from "zod";
import { locales } from "../../i18n/routing";
import { regions } from "../endorsements/regions";
import { actionNumbers, organisationTypes } from "../endorsements/schema";

// What staff type into a campaign update, checked before anything is stored or sent.

export const updateLimits = { subject: 200, body: 20_000 } as const;

export type Audience = {
  regions: (typeof regions)[number][];
  types: (typeof organisationTypes)[number][];
  actions: number[];
  locales: (typeof locales)[number][];
};

const oneOf = <T extends string>(values: readonly T[]) =>
  z.array(z.string()).refine((list) => list.every((value) => (values as readonly string[]).includes(value)), {
    message: "unknownAudience",
  });

export const audienceSchema = z.object({
  regions: oneOf(regions),
  types: oneOf(organisationTypes),
  actions: oneOf(actionNumbers.map(String)).transform((list) => list.map(Number)),
  locales: oneOf(locales),
});

const translationSchema = z.object({
  subject: z.string().trim().max(updateLimits.subject, "tooLong"),
  body: z.string().trim().max(updateLimits.body, "tooLong"),
});

/**
 * The English text is required (it is every endorser's fallback); another language is sent only
 * when both its subject and body are written.
 */
export function parseUpdateForm(form: FormData) {
  const errors: Record<string, string> = {};
  const translations: { locale: string; subject: string; body: string }[] = [];
  for (const locale of locales) {
    const parsed = translationSchema.safeParse({
      subject: form.get(`subject-${locale}`) ?? "",
      body: form.get(`body-${locale}`) ?? "",
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors[`${String(issue.path[0])}-${locale}`] = issue.message;
      continue;
    }
    const { subject, body } = parsed.data;
    if (locale === "en" && !subject) errors["subject-en"] = "required";
    if (locale === "en" && !body) errors["body-en"] = "required";
    if (locale !== "en" && Boolean(subject) !== Boolean(body))
      errors[subject ? `body-${locale}` : `subject-${locale}`] = "bothOrNone";
    if (subject && body) translations.push({ locale, subject, body });
  }
  // Audience checkboxes are named "region:AFRICA", "action:3"…: one field each, ticked or not.
  const all = (kind: string) =>
    [...form.keys()].filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
  const unknownKinds = [...form.keys()].filter(
    (key) => /^\w+:/.test(key) && !/^(region|type|action|locale):/.test(key),
  );
  if (unknownKinds.length > 0) errors.audience = "unknownAudience";
  const audience = audienceSchema.safeParse({
    regions: all("region"),
    types: all("type"),
    actions: all("action"),
    locales: all("locale"),
  });
  if (!audience.success) errors.audience = "unknownAudience";
  if (Object.keys(errors).length > 0 || !audience.success) return { errors } as const;
  return { data: { translations, audience: audience.data as Audience } } as const;
}

/** The error codes parseUpdateForm answers; the staff see them worded as Errors.updates.<code> (messages/admin). */
export const updateErrorCodes = ["required", "tooLong", "bothOrNone", "unknownAudience"] as const;
