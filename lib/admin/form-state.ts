// What an admin form action answers when it does not redirect: the values as typed (so nothing is
// lost) and an error per field.
export type FormState = {
  values: Record<string, string | string[]>;
  errors: Record<string, string>;
  message?: string;
  /** Set by a "Preview" press: the language versions as they would be published, nothing saved. */
  preview?: { locale: string; title: string; summary: string; body: string }[];
};

export const emptyFormState: FormState = { values: {}, errors: {} };

export type FieldSpec = {
  name: string;
  label: string;
  kind?:
    | "text"
    | "textarea"
    | "select"
    | "checkbox"
    | "datetime-local"
    | "date"
    | "file"
    | "url"
    | "email"
    | "password";
  options?: { value: string; label: string }[];
  defaultValue?: string | boolean;
  required?: boolean;
  hint?: string;
  maxLength?: number;
  rows?: number;
  dir?: "rtl" | "ltr";
  lang?: string;
  group?: string;
  autoComplete?: string;
};

/** Every string field of a form, as typed (files left out), for re-rendering after an error. */
export function valuesOf(form: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const previous = values[key];
    values[key] = previous === undefined ? value.slice(0, 20_000) : [previous, value].flat();
  }
  return values;
}
