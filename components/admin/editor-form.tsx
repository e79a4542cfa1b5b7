"use client";

import { useActionState } from "react";
import { directionOf } from "../../i18n/routing";
import { emptyFormState, type FieldSpec, type FormState } from "../../lib/admin/form-state";
import { Markdown } from "../content/markdown";
import { useAdminTranslations } from "./admin-locale";

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  hidden?: Record<string, string>;
  submitLabel: string;
  /** Show one group at a time (the language versions): an exclusive <details> set, no script needed. */
  oneGroupAtATime?: boolean;
  /** Offer a "Preview" button that renders the language versions without saving. */
  preview?: boolean;
};

/**
 * A form rendered from a list of fields. Without JavaScript it posts and the server re-renders it;
 * either way a failed save shows the errors next to the fields with every value as typed.
 */
export function EditorForm({ action, fields, hidden, submitLabel, oneGroupAtATime, preview }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const { t } = useAdminTranslations();
  const errorCount = Object.keys(state.errors).length;
  const groups = [...new Set(fields.map((field) => field.group ?? ""))];
  const named = groups.filter(Boolean);
  // The group shown first: the first with an error, else the first one.
  const openGroup = named.find((group) => fields.some((f) => f.group === group && state.errors[f.name])) ?? named[0];
  return (
    <form action={formAction} className="grid max-w-3xl gap-5" encType="multipart/form-data" noValidate>
      {hidden &&
        Object.entries(hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      {(errorCount > 0 || state.message) && (
        <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {state.message ?? t("Editor.correct", { count: errorCount })}
        </div>
      )}
      {state.preview && <Preview versions={state.preview} />}
      {groups.map((group) =>
        group && oneGroupAtATime ? (
          <details
            key={`${group}-${JSON.stringify(state.errors)}`}
            name="editor-group"
            open={group === openGroup}
            className="rounded border border-neutral-300 p-4"
          >
            <summary className="cursor-pointer font-semibold">
              {group}
              {fields.some((f) => f.group === group && state.errors[f.name]) && ` — ${t("Editor.toCorrect")}`}
            </summary>
            <div className="mt-4 grid gap-4">
              {fields
                .filter((field) => field.group === group)
                .map((field) => (
                  <Control key={field.name} field={field} state={state} />
                ))}
            </div>
          </details>
        ) : group ? (
          <fieldset key={group} className="grid gap-4 rounded border border-neutral-300 p-4">
            <legend className="px-1 font-semibold">{group}</legend>
            {fields
              .filter((field) => field.group === group)
              .map((field) => (
                <Control key={field.name} field={field} state={state} />
              ))}
          </fieldset>
        ) : (
          fields
            .filter((field) => !field.group)
            .map((field) => <Control key={field.name} field={field} state={state} />)
        ),
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" className="admin-button" disabled={pending}>
          {pending ? t("Editor.saving") : submitLabel}
        </button>
        {preview && (
          <button type="submit" name="intent" value="preview" className="admin-button-secondary" disabled={pending}>
            {t("Editor.preview")}
          </button>
        )}
      </div>
    </form>
  );
}

function Control({ field, state }: { field: FieldSpec; state: FormState }) {
  const { t } = useAdminTranslations();
  const id = `field-${field.name}`;
  const error = state.errors[field.name];
  const typed = state.values[field.name];
  const touched = Object.keys(state.values).length > 0;
  const value = touched ? (Array.isArray(typed) ? typed[0] : (typed ?? "")) : field.defaultValue;
  const describedBy = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  const common = {
    id,
    name: field.name,
    required: field.required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    dir: field.dir,
    lang: field.lang,
  };
  // A new key after each answer makes React re-apply the default values the server sent back.
  const key = JSON.stringify(value ?? "");
  if (field.kind === "checkbox") {
    const checked = touched ? typed === "on" : Boolean(field.defaultValue);
    return (
      <div className="flex items-start gap-2">
        <input
          key={key + String(checked)}
          type="checkbox"
          defaultChecked={checked}
          className="mt-1 size-5"
          {...common}
        />
        <label htmlFor={id}>
          {field.label}
          {field.hint && (
            <span id={`${id}-hint`} className="block text-sm text-neutral-700">
              {field.hint}
            </span>
          )}
        </label>
      </div>
    );
  }
  const input =
    field.kind === "textarea" ? (
      <textarea
        key={key}
        rows={field.rows ?? 6}
        maxLength={field.maxLength}
        defaultValue={String(value ?? "")}
        className="admin-input font-mono"
        {...common}
      />
    ) : field.kind === "select" ? (
      <select key={key} defaultValue={String(value ?? "")} className="admin-input" {...common}>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    ) : field.kind === "file" ? (
      <input type="file" accept="image/png,image/jpeg,image/webp,image/svg+xml" className="admin-input" {...common} />
    ) : (
      <input
        key={key}
        type={field.kind ?? "text"}
        maxLength={field.maxLength}
        defaultValue={field.kind === "password" ? undefined : String(value ?? "")}
        autoComplete={field.autoComplete}
        className="admin-input"
        {...common}
      />
    );
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="font-medium">
        {field.label}
        {!field.required && field.kind !== "file" && (
          <span className="font-normal text-neutral-700"> {t("Editor.optional")}</span>
        )}
      </label>
      {field.hint && (
        <p id={`${id}-hint`} className="text-sm text-neutral-700">
          {field.hint}
        </p>
      )}
      {input}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

/** The language versions as the public page renders them (title, summary, Markdown), before saving. */
function Preview({ versions }: { versions: NonNullable<FormState["preview"]> }) {
  const { locale, t } = useAdminTranslations();
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <section
      aria-labelledby="preview-title"
      className="grid gap-4 rounded border-2 border-dashed border-neutral-400 p-4"
    >
      <h2 id="preview-title" className="text-lg font-semibold">
        {t("Editor.previewTitle")}
      </h2>
      {versions.length === 0 && <p>{t("Editor.previewEmpty")}</p>}
      {versions.map((version) => (
        <article
          key={version.locale}
          lang={version.locale}
          dir={directionOf(version.locale)}
          className="grid gap-2 border-t border-neutral-300 pt-3"
        >
          <p className="text-sm text-neutral-700">{languageName.of(version.locale)}</p>
          <h3 dir="auto" className="text-2xl font-bold">
            {version.title}
          </h3>
          {version.summary && (
            <p dir="auto" className="text-lg">
              {version.summary}
            </p>
          )}
          <Markdown lang={version.locale}>{version.body}</Markdown>
        </article>
      ))}
    </section>
  );
}
