"use client";

import { useActionState } from "react";
import { emptyFormState, type FormState } from "../../lib/admin/form-state";

type Props = {
  action: (previous: FormState, form: FormData) => Promise<FormState>;
  labels: { label: string; hint: string; submit: string };
};

/** A new key message's English text. A refused text (empty, HTML, too long) comes back as typed. */
export function KeyMessageAddForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const typed = typeof state.values.text === "string" ? state.values.text : "";
  const error = state.errors.text;
  return (
    <form action={formAction} className="grid max-w-3xl gap-3" noValidate>
      <label htmlFor="new-key-message" className="font-semibold">
        {labels.label}
      </label>
      <textarea
        key={typed}
        id="new-key-message"
        name="text"
        rows={3}
        defaultValue={typed}
        lang="en"
        dir="ltr"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "new-key-message-error new-key-message-hint" : "new-key-message-hint"}
        className="admin-input"
      />
      <p id="new-key-message-hint" className="text-sm text-neutral-700">
        {labels.hint}
      </p>
      {error && (
        <p id="new-key-message-error" className="text-red-800">
          {error}
        </p>
      )}
      <p>
        <button type="submit" className="admin-button" disabled={pending}>
          {labels.submit}
        </button>
      </p>
    </form>
  );
}
