import { z } from "zod";
import type { AdminTranslator } from "../staff/admin-language";

// Small zod helpers shared by the staff forms. Their messages are codes, a key under "Errors" in
// messages/admin/*.json with an optional limit after a colon ("Errors.tooLong:200"): the action words
// them in the staff member's language with wordErrors().
export const requiredText = (max: number) =>
  z.string({ error: "Errors.required" }).trim().min(1, "Errors.required").max(max, `Errors.tooLong:${max}`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Errors.tooLong:${max}`)
    .optional()
    .transform((value) => value || undefined);

export const optionalUrl = z
  .string()
  .trim()
  .max(500, "Errors.tooLong:500")
  .optional()
  .transform((value) => value || undefined)
  .refine((value) => value === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value), "Errors.url");

export const checkbox = z
  .union([z.literal("on"), z.literal("")])
  .optional()
  .transform((value) => value === "on");

/** Form values as strings (missing fields as undefined), for zod. */
export function formObject(form: FormData): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of form.entries()) if (typeof value === "string") out[key] = value;
  return out;
}

export const logoErrors: Record<string, string> = {
  logoTooLarge: "Errors.image.tooLarge",
  logoType: "Errors.image.type",
  logoUnreadable: "Errors.image.unreadable",
  busy: "Errors.image.busy",
};

type ErrorKey = Parameters<AdminTranslator>[0] & `Errors.${string}`;

/** Each field's error code in the staff member's words; text that is not a code is kept as it is. */
export function wordErrors(t: AdminTranslator, errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([field, code]) => {
      const [key, max] = code.split(":");
      return [field, key.startsWith("Errors.") ? t(key as ErrorKey, { max: Number(max ?? 0) }) : code];
    }),
  );
}
