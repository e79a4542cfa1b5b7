"use client";

import { useActionState } from "react";
import { type EndorseState, endorseAction } from "@/lib/endorsements/actions";
import { errorMessage, type FieldErrors, limits, minimums } from "@/lib/endorsements/schema";
import { describedBy, Field, inputClass } from "./field";

type Option = { value: string; label: string };
export type EndorseFormText = {
  sections: { organisation: string; contact: string; contactPrivacy: string; commitment: string; consent: string };
  fields: Record<string, string>;
  hints: Record<string, string>;
  optional: string;
  choose: string;
  submit: string;
  sending: string;
  errors: Record<string, string>;
  errorSummary: string;
  logoKept: string;
  logoPreview: string;
  uploading: string;
  uploaded: string;
  removeLogo: string;
  sent: { title: string; text: string; again: string };
};

type Props = {
  text: EndorseFormText;
  locale: string;
  stamp: string;
  via?: string;
  honeypotField: string;
  stampField: string;
  types: Option[];
  countries: Option[];
  actions: Option[];
  languages: Option[];
  /** Defaults to a new endorsement; the manage page passes its update action and current values. */
  action?: (state: EndorseState, form: FormData) => Promise<EndorseState>;
  initial?: EndorseState;
  lockedEmail?: string;
  againHref?: string;
};

const initialState: EndorseState = { status: "editing", values: {}, errors: {} };

/**
 * The endorsement form, for a new endorsement and on the endorser's own page. It is a plain form post
 * that answers with this form, everything typed and the errors; `useActionState` writes the action's
 * answer into it on the server. The endorsement page is sent without React's scripts (decision 037),
 * so there this component is not hydrated (the endorser's own page hydrates it, and React posts it): /scripts/endorse-form.js (`EndorseFormScript`, beside it on
 * the page) adds the logo upload with a preview, checks as you go and the "sending" state, and finds
 * its texts and hooks in what is written here.
 */
export function EndorseForm({
  text,
  locale,
  stamp,
  via,
  honeypotField,
  stampField,
  types,
  countries,
  actions,
  languages,
  action = endorseAction,
  initial = initialState,
  lockedEmail,
  againHref,
}: Props) {
  const [state, formAction] = useActionState(action, initial);
  const values = state.values;
  const errors: FieldErrors = state.errors;
  const logoSha256 = state.logoSha256;

  if (state.status === "sent") {
    return (
      <section aria-live="polite" className="rounded-lg border-s-4 border-brand bg-neutral-50 p-6">
        <h2 className="text-2xl font-semibold">{text.sent.title}</h2>
        <p className="mt-2">{text.sent.text.replace("{email}", state.email ?? "")}</p>
        <p className="mt-4">
          <a href={againHref ?? `/${locale}/endorse`} className="text-brand underline">
            {text.sent.again}
          </a>
        </p>
      </section>
    );
  }

  const errorText = (code: string | undefined, field?: string) => errorMessage(text.errors, code, field);
  const listed = Object.entries(state.errors).filter(([, code]) => code);
  // What the script needs to say, in the page's language.
  const scriptTexts = {
    errorSummary: text.errorSummary,
    logoLabel: text.fields.logo,
    logoPreview: text.logoPreview,
    uploading: text.uploading,
    uploaded: text.uploaded,
    removeLogo: text.removeLogo,
    sending: text.sending,
    errors: text.errors,
  };
  const input = (name: keyof typeof values, max: number, type = "text", required = true, extra = {}) => {
    const error = errorText(errors[name as keyof FieldErrors], name);
    return (
      <Field
        id={name}
        label={text.fields[name]}
        optional={required ? undefined : text.optional}
        hint={text.hints[name]}
        error={error}
      >
        <input
          id={name}
          name={name}
          type={type}
          defaultValue={values[name] as string | undefined}
          required={required}
          minLength={name in minimums ? minimums[name as keyof typeof minimums] : undefined}
          maxLength={max}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, text.hints[name], error)}
          className={inputClass}
          {...extra}
        />
      </Field>
    );
  };

  return (
    <form action={formAction} noValidate className="grid gap-8" key={JSON.stringify(values)} data-endorse-form="">
      <script
        type="application/json"
        data-endorse-form-texts=""
        // biome-ignore lint/security/noDangerouslySetInnerHtml: data for the form's script, with "<" escaped.
        dangerouslySetInnerHTML={{ __html: JSON.stringify(scriptTexts).replace(/</g, "\\u003c") }}
      />
      {listed.length > 0 && (
        <div
          tabIndex={-1}
          role="alert"
          data-error-summary=""
          className="rounded-md border-2 border-red-700 bg-red-50 p-4"
        >
          <p className="font-semibold">{text.errorSummary}</p>
          <ul className="mt-2 list-disc ps-6">
            {listed.map(([field, code]) => (
              <li key={field}>
                {field === "form" ? (
                  errorText(code, field)
                ) : (
                  <a href={`#${field === "commitments" ? "commitment-1" : field}`} className="underline">
                    {text.fields[field] ?? field}: {errorText(code, field)}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <input type="hidden" name={stampField} value={state.stamp ?? stamp} />
      {via && <input type="hidden" name="via" value={via} />}
      {logoSha256 && <input type="hidden" name="logoSha256" value={logoSha256} />}
      <div aria-hidden="true" className="absolute -start-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={honeypotField}>Fax</label>
        <input id={honeypotField} name={honeypotField} type="text" tabIndex={-1} autoComplete="off" />
      </div>

      <fieldset className="grid min-w-0 gap-4">
        <legend className="mb-2 text-xl font-semibold">{text.sections.organisation}</legend>
        {input("name", limits.name, "text", true, { autoComplete: "organization" })}
        {input("acronym", limits.acronym, "text", false)}
        <Field id="type" label={text.fields.type} error={errorText(errors.type)}>
          <select
            id="type"
            name="type"
            required
            defaultValue={values.type ?? ""}
            aria-invalid={errors.type ? true : undefined}
            aria-describedby={describedBy("type", undefined, errors.type)}
            className={inputClass}
          >
            <option value="">{text.choose}</option>
            {types.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="countryCode" label={text.fields.countryCode} error={errorText(errors.countryCode)}>
          <select
            id="countryCode"
            name="countryCode"
            required
            autoComplete="country"
            defaultValue={values.countryCode?.toUpperCase() ?? ""}
            aria-invalid={errors.countryCode ? true : undefined}
            aria-describedby={describedBy("countryCode", undefined, errors.countryCode)}
            className={inputClass}
          >
            <option value="">{text.choose}</option>
            {countries.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
        {input("city", limits.city, "text", false, { autoComplete: "address-level2" })}
        {input("website", limits.website, "url", false, { autoComplete: "url", inputMode: "url", dir: "ltr" })}
        <Field
          id="logo"
          label={text.fields.logo}
          optional={text.optional}
          hint={text.hints.logo}
          error={errorText(errors.logo)}
        >
          <input
            id="logo"
            name="logo"
            type="file"
            accept="image/png,image/jpeg,image/webp,image/svg+xml"
            aria-invalid={errors.logo ? true : undefined}
            aria-describedby={describedBy("logo", text.hints.logo, errors.logo)}
            className="block w-full max-w-full text-sm"
          />
          {/* The logo kept from before; the script writes here as a new one uploads. */}
          {logoSha256 && (
            <div data-logo-status="" aria-live="polite">
              <p className="flex items-center gap-3 text-sm text-neutral-700">
                {/* biome-ignore lint/performance/noImgElement: a preview of the logo already received. */}
                <img
                  src={`/media/${logoSha256}`}
                  alt={text.logoPreview}
                  width={64}
                  height={64}
                  className="h-16 w-16 rounded border object-contain"
                />
                {text.logoKept}
              </p>
            </div>
          )}
        </Field>
        <Field
          id="statement"
          label={text.fields.statement}
          optional={text.optional}
          hint={text.hints.statement}
          error={errorText(errors.statement, "statement")}
        >
          <textarea
            id="statement"
            name="statement"
            rows={4}
            maxLength={limits.statement}
            defaultValue={values.statement}
            dir="auto"
            aria-invalid={errors.statement ? true : undefined}
            aria-describedby={describedBy("statement", text.hints.statement, errors.statement)}
            className={inputClass}
          />
        </Field>
      </fieldset>

      <fieldset className="grid min-w-0 gap-4">
        <legend className="mb-2 text-xl font-semibold">{text.sections.contact}</legend>
        <p className="text-sm text-neutral-700">{text.sections.contactPrivacy}</p>
        {input("contactName", limits.contactName, "text", true, { autoComplete: "name" })}
        {input("contactRole", limits.contactRole, "text", true, { autoComplete: "organization-title" })}
        {input("contactEmail", limits.email, "email", true, {
          autoComplete: "email",
          dir: "ltr",
          ...(lockedEmail ? { readOnly: true, defaultValue: lockedEmail } : {}),
        })}
      </fieldset>

      <fieldset className="grid min-w-0 gap-2" aria-describedby="commitments-hint">
        <legend className="mb-2 text-xl font-semibold">{text.fields.commitments}</legend>
        <p id="commitments-hint" className="text-sm text-neutral-700">
          {text.hints.commitments}
        </p>
        {errors.commitments && <p className="text-sm font-medium text-red-800">{errorText(errors.commitments)}</p>}
        {actions.map((action) => (
          <label key={action.value} htmlFor={`commitment-${action.value}`} className="flex items-start gap-3">
            <input
              id={`commitment-${action.value}`}
              type="checkbox"
              name="commitments"
              value={action.value}
              defaultChecked={values.commitments?.includes(action.value)}
              className="mt-1 h-5 w-5 shrink-0"
            />
            <span>
              {action.value}. {action.label}
            </span>
          </label>
        ))}
      </fieldset>

      <fieldset className="grid min-w-0 gap-3">
        <legend className="mb-2 text-xl font-semibold">{text.sections.consent}</legend>
        <label htmlFor="consentPublic" className="flex items-start gap-3">
          <input
            id="consentPublic"
            type="checkbox"
            name="consentPublic"
            required
            defaultChecked={values.consentPublic === "on"}
            aria-invalid={errors.consentPublic ? true : undefined}
            aria-describedby={errors.consentPublic ? "consentPublic-error" : undefined}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <span>{text.fields.consentPublic}</span>
        </label>
        {errors.consentPublic && (
          <p id="consentPublic-error" className="text-sm font-medium text-red-800">
            {errorText(errors.consentPublic)}
          </p>
        )}
        <label htmlFor="consentEmails" className="flex items-start gap-3">
          <input
            id="consentEmails"
            type="checkbox"
            name="consentEmails"
            defaultChecked={values.consentEmails === "on"}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <span>{text.fields.consentEmails}</span>
        </label>
        <Field id="emailLocale" label={text.fields.locale}>
          <select id="emailLocale" name="locale" defaultValue={values.locale ?? locale} className={inputClass}>
            {languages.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <p>
        <button
          type="submit"
          data-endorse-submit=""
          className="rounded-md bg-brand px-6 py-3 text-lg font-semibold text-white disabled:opacity-70"
        >
          {text.submit}
        </button>
      </p>
    </form>
  );
}
