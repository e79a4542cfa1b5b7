"use client";

import { useActionState } from "react";
import { inputClass } from "@/components/endorse/field";
import { requestLinkAction } from "@/lib/endorsements/manage-actions";

export function RequestLinkForm({
  locale,
  label,
  send,
  sent,
}: {
  locale: string;
  label: string;
  send: string;
  sent: string;
}) {
  const [state, action, pending] = useActionState(requestLinkAction, { sent: false });
  if (state.sent) {
    return (
      <p role="status" className="rounded-md border-s-4 border-brand bg-neutral-50 p-4">
        {sent}
      </p>
    );
  }
  return (
    <form action={action} className="grid max-w-md gap-3">
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="manage-email" className="font-medium">
        {label}
      </label>
      <input
        id="manage-email"
        name="email"
        type="email"
        required
        autoComplete="email"
        dir="ltr"
        maxLength={254}
        className={inputClass}
      />
      <button
        type="submit"
        disabled={pending}
        className="justify-self-start rounded-md bg-brand px-4 py-2 font-semibold text-white"
      >
        {send}
      </button>
    </form>
  );
}
