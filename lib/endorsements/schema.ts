// One schema for the endorsement form, used by the browser (as you type) and the server.
// Error messages are keys into messages/<locale>.json (Endorse.errors.*), never English text.
import { z } from "zod";
import { isCountryCode } from "./regions";

export const organisationTypes = [
  "NGO_NETWORK",
  "ALE_PROVIDER",
  "UNIVERSITY_RESEARCH",
  "GOVERNMENT_PUBLIC",
  "INTERNATIONAL_ORGANISATION",
  "TRADE_UNION",
  "PRIVATE_SECTOR",
  "MEDIA",
  "OTHER",
] as const;

export const emailLocales = ["en", "fr", "es", "ar"] as const;
export const actionNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export const limits = {
  name: 200,
  acronym: 20,
  city: 100,
  website: 300,
  contactName: 120,
  contactRole: 120,
  email: 254,
  statement: 600,
} as const;

// Letters, marks, numbers, punctuation, symbols and ordinary spaces: no control or format characters.
const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]*$/u;

function text(max: number, min = 1) {
  return z
    .string({ error: "required" })
    .transform((value) => value.normalize("NFC").replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(min, { error: min === 1 ? "required" : "tooShort" })
        .max(max, { error: "tooLong" })
        .regex(printable, { error: "invalidCharacters" }),
    );
}

function optionalText(max: number) {
  return z
    .string()
    .optional()
    .transform((value) => value?.normalize("NFC").replace(/\s+/g, " ").trim() || undefined)
    .pipe(z.string().max(max, { error: "tooLong" }).regex(printable, { error: "invalidCharacters" }).optional());
}

const website = z
  .string({ error: "required" })
  .trim()
  .min(1, { error: "required" })
  .max(limits.website, { error: "tooLong" })
  .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "invalidUrl" }));

export const endorsementSchema = z.object({
  name: text(limits.name, 2),
  acronym: optionalText(limits.acronym),
  type: z.enum(organisationTypes, { error: "required" }),
  countryCode: z.string({ error: "required" }).trim().toUpperCase().refine(isCountryCode, { error: "required" }),
  city: optionalText(limits.city),
  website,
  contactName: text(limits.contactName, 2),
  contactRole: text(limits.contactRole),
  contactEmail: z
    .string({ error: "required" })
    .trim()
    .toLowerCase()
    .min(1, { error: "required" })
    .max(limits.email, { error: "tooLong" })
    .pipe(z.email({ error: "invalidEmail" })),
  statement: z
    .string()
    .optional()
    .transform((value) => value?.normalize("NFC").replace(/\r\n/g, "\n").trim() || undefined)
    .pipe(
      z
        .string()
        .max(limits.statement, { error: "tooLong" })
        .regex(/^[\p{L}\p{M}\p{N}\p{P}\p{S}\s]*$/u, { error: "invalidCharacters" })
        .optional(),
    ),
  commitments: z
    .array(z.coerce.number({ error: "chooseAction" }).int({ error: "chooseAction" }), { error: "chooseAction" })
    .transform((numbers) => [...new Set(numbers)].sort((a, b) => a - b))
    .pipe(
      z
        .array(z.number().refine((n) => (actionNumbers as readonly number[]).includes(n), { error: "chooseAction" }))
        .min(1, { error: "chooseAction" }),
    ),
  consentPublic: z.literal(true, { error: "consentRequired" }),
  consentEmails: z.boolean().default(false),
  locale: z.enum(emailLocales).catch("en"),
});

export type EndorsementInput = z.infer<typeof endorsementSchema>;
export type FieldName = keyof EndorsementInput;
export type FieldErrors = Partial<Record<FieldName | "logo" | "form", string>>;

/** The raw, untrusted values of a submitted form, as strings (what the form re-renders with). */
export type RawEndorsement = Partial<Record<Exclude<FieldName, "commitments">, string>> & { commitments?: string[] };

export function rawFromFormData(form: FormData): RawEndorsement {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value.slice(0, 5000) : undefined;
  };
  return {
    name: get("name"),
    acronym: get("acronym"),
    type: get("type"),
    countryCode: get("countryCode"),
    city: get("city"),
    website: get("website"),
    contactName: get("contactName"),
    contactRole: get("contactRole"),
    contactEmail: get("contactEmail"),
    statement: get("statement"),
    commitments: form
      .getAll("commitments")
      .filter((value): value is string => typeof value === "string")
      .slice(0, 20),
    consentPublic: get("consentPublic"),
    consentEmails: get("consentEmails"),
    locale: get("locale"),
  };
}

/** Validates raw form values; on failure returns the first error code per field. */
export function validateEndorsement(raw: RawEndorsement) {
  const result = endorsementSchema.safeParse({
    ...raw,
    commitments: raw.commitments ?? [],
    consentPublic: raw.consentPublic === "on" || raw.consentPublic === "true",
    consentEmails: raw.consentEmails === "on" || raw.consentEmails === "true",
  });
  if (result.success) return { success: true as const, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form") as keyof FieldErrors;
    errors[field] ??= issue.message;
  }
  return { success: false as const, errors };
}
