"use client";

import { useActionState } from "react";
import { type SignInState, signInAction } from "../../lib/staff/sign-in-actions";

const messages = {
  invalid: "The email, password or code is not right.",
  locked: "Too many attempts from here. Sign-in is paused for this account; try again in 15 minutes.",
};

export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="grid gap-4">
      {state.error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {messages[state.error]}
        </p>
      )}
      {next && <input type="hidden" name="next" value={next} />}
      <div className="grid gap-1">
        <label htmlFor="email" className="font-medium">
          Email
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
          Password
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
          Authentication code <span className="font-normal text-neutral-700">(if you turned on two-step sign-in)</span>
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
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </div>
    </form>
  );
}
