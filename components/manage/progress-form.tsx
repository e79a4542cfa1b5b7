"use client";

import { useActionState } from "react";
import { describedBy, Field, inputClass } from "@/components/endorse/field";
import { type ProgressState, progressAction } from "@/lib/endorsements/manage-actions";
import { progressLimits, progressStates } from "@/lib/endorsements/progress";

export type ProgressFormText = {
  state: string;
  states: Record<(typeof progressStates)[number], string>;
  note: string;
  noteHint: string;
  link: string;
  linkHint: string;
  optional: string;
  save: string;
  saved: string;
  savedPending: string;
  pending: string;
  errors: Record<string, string>;
};

/** The progress on one committed action: works as a plain POST without JavaScript, and keeps what was typed. */
export function ProgressForm(props: {
  actionNumber: number;
  title: string;
  initial: ProgressState;
  waiting: boolean;
  text: ProgressFormText;
}) {
  const [state, action, pending] = useActionState(progressAction, props.initial);
  const { text, actionNumber } = props;
  const id = (field: string) => `progress-${actionNumber}-${field}`;
  const error = (field: string) => {
    const key = state.errors[field];
    return key ? (text.errors[key] ?? text.errors.form) : undefined;
  };
  const formError = error("form") ?? error("actionNumber") ?? error("state");
  const values = state.values;
  return (
    <form
      action={action}
      key={JSON.stringify(values)}
      className="card grid gap-3"
      aria-labelledby={id("title")}
      noValidate
    >
      <h3 id={id("title")} className="text-lg font-bold" dir="auto">
        {actionNumber}. {props.title}
      </h3>
      <input type="hidden" name="actionNumber" value={values.actionNumber ?? actionNumber} />
      {formError && (
        <p role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3">
          {formError}
        </p>
      )}
      {(state.status === "saved" || state.status === "savedPending") && (
        <p role="status" className="rounded-md border-s-4 border-brand bg-neutral-50 p-3">
          {state.status === "saved" ? text.saved : text.savedPending}
        </p>
      )}
      {state.status === "editing" && props.waiting && <p className="text-sm text-neutral-700">{text.pending}</p>}
      <fieldset className="grid gap-1">
        <legend className="font-medium">{text.state}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {progressStates.map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input
                type="radio"
                name="state"
                value={value}
                defaultChecked={(values.state ?? "COMMITTED") === value}
                className="h-5 w-5"
              />
              {text.states[value]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id={id("note")} label={text.note} optional={text.optional} hint={text.noteHint} error={error("note")}>
        <textarea
          id={id("note")}
          name="note"
          rows={3}
          maxLength={progressLimits.note * 2}
          dir="auto"
          defaultValue={values.note}
          aria-invalid={Boolean(error("note"))}
          aria-describedby={describedBy(id("note"), text.noteHint, error("note"))}
          className={inputClass}
        />
      </Field>
      <Field id={id("link")} label={text.link} optional={text.optional} hint={text.linkHint} error={error("link")}>
        <input
          id={id("link")}
          name="link"
          type="url"
          dir="ltr"
          maxLength={progressLimits.link * 2}
          defaultValue={values.link}
          aria-invalid={Boolean(error("link"))}
          aria-describedby={describedBy(id("link"), text.linkHint, error("link"))}
          className={inputClass}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start rounded-md bg-brand px-4 py-2 font-semibold text-white"
      >
        {text.save}
      </button>
    </form>
  );
}
