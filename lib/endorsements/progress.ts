// The endorser's progress on an action they committed to, as the manage page's form sends it.
// Error messages are keys into messages/<locale>.json (Manage.progress.errors.*), never English text.
import { z } from "zod/mini";
import { fieldErrors } from "../field-errors";
import { actionNumbers } from "./schema";

export const progressStates = ["COMMITTED", "STARTED", "DONE"] as const;
export type ProgressState = (typeof progressStates)[number];

export const progressLimits = { note: 280, link: 300 } as const;

const printableMultiline = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\s]*$/u;

const optional = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);

export const progressSchema = z.object({
  actionNumber: z.pipe(
    z.coerce.number({ error: "unknownAction" }),
    z.number().check(z.refine((n) => (actionNumbers as readonly number[]).includes(n), { error: "unknownAction" })),
  ),
  state: z.enum(progressStates, { error: "unknownState" }),
  note: z.pipe(
    z.transform((value: unknown) => optional(value)?.normalize("NFC").replace(/\r\n/g, "\n")),
    z.optional(
      z
        .string()
        .check(
          z.maxLength(progressLimits.note, { error: "noteTooLong" }),
          z.regex(printableMultiline, { error: "invalidCharacters" }),
        ),
    ),
  ),
  // Only http and https: a javascript: or data: link would be shown on a public page.
  link: z.pipe(
    z.transform(optional),
    z.optional(
      z.pipe(
        z.string().check(z.maxLength(progressLimits.link, { error: "linkInvalid" })),
        z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: "linkInvalid" }),
      ),
    ),
  ),
});

export type ProgressInput = z.output<typeof progressSchema>;

/** The form's fields as typed, to show them again after an error. */
export type ProgressValues = { actionNumber?: string; state?: string; note?: string; link?: string };

export function progressValuesOf(form: FormData): ProgressValues {
  const get = (key: string) => {
    const value = form.get(key);
    return typeof value === "string" ? value.slice(0, 5000) : undefined;
  };
  return { actionNumber: get("actionNumber"), state: get("state"), note: get("note"), link: get("link") };
}

/** Validates the form; the first error per field, as message keys. */
export function parseProgress(values: ProgressValues) {
  const parsed = progressSchema.safeParse(values);
  if (parsed.success) return { input: parsed.data, errors: {} };
  return { input: undefined, errors: fieldErrors(parsed.error) };
}
