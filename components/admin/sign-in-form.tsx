"use client";

import { useActionState } from "react";
import { type SignInState, signInAction } from "../../lib/staff/sign-in-actions";

/** The form's words, translated on the server (the admin's language is not known in the browser). */
export type SignInTexts = Record<
  "invalid" | "locked" | "email" | "password" | "code" | "codeHint" | "submit" | "pending",
  string
>;

export function SignInForm({ next, texts }: { next?: string; texts: SignInTexts }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="grid gap-4">
      {state.error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {texts[state.error]}
        </p>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <div className="grid gap-1">
        <label htmlFor="email" className="font-medium">
          {texts.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          key={state.email}
          className="admin-input"
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor="password" className="font-medium">
          {texts.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="admin-input"
        />
      </div>
      <div className="grid gap-1">
        <label htmlFor="code" className="font-medium">
          {texts.code} <span className="font-normal text-neutral-700">{texts.codeHint}</span>
        </label>
        <input
          id="code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9 ]*"
          maxLength={7}
          className="admin-input max-w-40"
        />
      </div>
      <div>
        <button type="submit" className="admin-button" disabled={pending}>
          {pending ? texts.pending : texts.submit}
        </button>
      </div>
    </form>
  );
}
