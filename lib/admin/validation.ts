import { z } from "zod";

// Small zod helpers shared by the staff forms; messages are plain English (the staff area is English).
export const requiredText = (max: number, label = "This field") =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `Use at most ${max} characters.`);

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((value) => value || undefined);

export const optionalUrl = z
  .string()
  .trim()
  .max(500, "Use at most 500 characters.")
  .optional()
  .transform((value) => value || undefined)
  .refine(
    (value) => value === undefined || /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value),
    "Enter a full web address starting with https://",
  );

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
  logoTooLarge: "The image is larger than 2 MB.",
  logoType: "Use a PNG, JPEG, WebP or SVG image.",
  logoUnreadable: "This file could not be read as an image.",
  busy: "The server is busy processing other images: try again in a minute.",
};
