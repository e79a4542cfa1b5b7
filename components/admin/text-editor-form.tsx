"use client";

import { useActionState } from "react";
import { emptyFormState, type FormState } from "../../lib/admin/form-state";
import { useAdminTranslations } from "./admin-locale";

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  textKey: string;
  locale: string;
  baseNumber: number;
  text: string;
  dir: "rtl" | "ltr";
  maxLength: number;
};

/**
 * One campaign text: save as draft or publish. Without JavaScript it posts and the server re-renders
 * it; a refused save (empty, HTML, a newer revision saved meanwhile) keeps the text as typed.
 */
export function TextEditorForm({ action, textKey, locale, baseNumber, text, dir, maxLength }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { locale: adminLocale, t } = useAdminTranslations();
  const typed = state.values.text;
  const value = typeof typed === "string" ? typed : text;
  const base = typeof state.values.baseNumber === "string" ? state.values.baseNumber : String(baseNumber);
  const error = state.errors.text;
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <input type="hidden" name="key" value={textKey} />
      <input type="hidden" name="locale" value={locale} />
      <input key={base} type="hidden" name="baseNumber" value={base} />
      {state.message && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message}
        </p>
      )}
      <label htmlFor="field-text" className="font-semibold">
        {t("Texts.form.label", { locale })}
      </label>
      <textarea
        key={value}
        id="field-text"
        name="text"
        rows={8}
        defaultValue={value}
        dir={dir}
        lang={locale}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "field-text-error field-text-hint" : "field-text-hint"}
        className="admin-input"
      />
      <p id="field-text-hint" className="text-sm text-neutral-700">
        {t("Texts.form.hint", {
          max: maxLength.toLocaleString(adminLocale),
          argument: "{email}",
          tag: "<email>…</email>",
        })}
      </p>
      {error && (
        <p id="field-text-error" className="text-red-800">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" name="intent" value="draft" className="admin-button" disabled={pending}>
          {t("Texts.form.saveDraft")}
        </button>
        <button type="submit" name="intent" value="publish" className="admin-button" disabled={pending}>
          {t("Texts.form.publish")}
        </button>
      </div>
    </form>
  );
}
