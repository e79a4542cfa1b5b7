// One schema for the endorsement form, checked by the server. The form's fields carry its limits
// (required, minlength, maxlength, type) for the browser's checks as you type (decision 037).
// Error messages are keys into messages/<locale>.json (Endorse.errors.*), never English text.
import { z } from "zod/mini";
import { locales } from "../../i18n/routing";
import { fieldErrors } from "../field-errors";
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
const printableMultiline = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\s]*$/u;

const squash = (value: string) => value.normalize("NFC").replace(/\s+/g, " ").trim();

/** The fewest characters a required text field takes (1 unless listed). */
export const minimums = { name: 2, contactName: 2 } as const;

function text(max: number, min = 1) {
  return z.pipe(
    z.pipe(z.string({ error: "required" }), z.transform(squash)),
    z.string().check(
      // An empty field is "required" (checked first: the first issue per field is the one shown),
      // a too short one "tooShort".
      z.minLength(1, { error: "required" }),
      ...(min > 1 ? [z.minLength(min, { error: "tooShort" })] : []),
      z.maxLength(max, { error: "tooLong" }),
      z.regex(printable, { error: "invalidCharacters" }),
    ),
  );
}

function optionalText(max: number, pattern = printable, clean = squash) {
  return z.pipe(
    z.pipe(
      z.optional(z.string()),
      z.transform((value: string | undefined) => (value === undefined ? undefined : clean(value) || undefined)),
    ),
    z.optional(
      z.string().check(z.maxLength(max, { error: "tooLong" }), z.regex(pattern, { error: "invalidCharacters" })),
    ),
  );
}

// Optional: small community centres often have no website of their own.
const website = z.pipe(
  z.pipe(
    z.optional(z.string()),
    z.transform((value: string | undefined) => value?.trim() || undefined),
  ),
  z.optional(
    z.pipe(
      z.pipe(
        z.string().check(z.maxLength(limits.website, { error: "tooLong" })),
        z.transform((value: string) => (/^https?:\/\//i.test(value) ? value : `https://${value}`)),
      ),
      z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "invalidUrl" }),
    ),
  ),
);

const isAction = (n: number) => (actionNumbers as readonly number[]).includes(n);

export const endorsementSchema = z.object({
  name: text(limits.name, minimums.name),
  acronym: optionalText(limits.acronym),
  type: z.enum(organisationTypes, { error: "required" }),
  countryCode: z
    .string({ error: "required" })
    .check(z.trim(), z.toUpperCase(), z.refine(isCountryCode, { error: "required" })),
  city: optionalText(limits.city),
  website,
  contactName: text(limits.contactName, minimums.contactName),
  contactRole: text(limits.contactRole),
  contactEmail: z.pipe(
    z
      .string({ error: "required" })
      .check(
        z.trim(),
        z.toLowerCase(),
        z.minLength(1, { error: "required" }),
        z.maxLength(limits.email, { error: "tooLong" }),
      ),
    z.email({ error: "invalidEmail" }),
  ),
  statement: optionalText(limits.statement, printableMultiline, (value) =>
    value.normalize("NFC").replace(/\r\n/g, "\n").trim(),
  ),
  commitments: z.pipe(
    z.pipe(
      z.array(z.coerce.number({ error: "chooseAction" }), { error: "chooseAction" }),
      z.transform((numbers: number[]) => [...new Set(numbers)].sort((a, b) => a - b)),
    ),
    z
      .array(z.number().check(z.refine(isAction, { error: "chooseAction" })))
      .check(z.minLength(1, { error: "chooseAction" })),
  ),
  consentPublic: z.literal(true, { error: "consentRequired" }),
  consentEmails: z._default(z.boolean(), false),
  locale: z.catch(z.enum(locales), "en"),
});

export type EndorsementInput = z.output<typeof endorsementSchema>;

/** The public fields staff may correct, validated by the same rules as the endorsement form. */
export const publicFieldsSchema = z.pick(endorsementSchema, {
  name: true,
  acronym: true,
  type: true,
  countryCode: true,
  city: true,
  website: true,
  statement: true,
});
export type PublicFields = z.output<typeof publicFieldsSchema>;
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

/**
 * The text of an error code for a field, from the messages' `Endorse.errors`: "{max}" and "{min}"
 * become the field's limits; an unknown code reads as "required"; no code, no text.
 */
export function errorMessage(messages: Record<string, string>, code: string | undefined, field?: string) {
  if (!code) return undefined;
  const max = field && field in limits ? limits[field as keyof typeof limits] : undefined;
  const min = field && field in minimums ? minimums[field as keyof typeof minimums] : 1;
  return (messages[code] ?? messages.required).replaceAll("{max}", String(max ?? "")).replaceAll("{min}", String(min));
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
  return { success: false as const, errors: fieldErrors(result.error) as FieldErrors };
}
