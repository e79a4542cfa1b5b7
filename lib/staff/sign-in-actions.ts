"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "./auth.server";

export type SignInState = { error?: "invalid" | "locked"; email?: string };

/** The one public action of the staff area. Success redirects; failure keeps the email typed. */
export async function signInAction(_previous: SignInState, form: FormData): Promise<SignInState> {
  const email = typeof form.get("email") === "string" ? String(form.get("email")).slice(0, 320) : "";
  const next = form.get("next");
  const redirectTo = typeof next === "string" && /^\/admin(\/[\w\-/]*)?$/.test(next) ? next : "/admin";
  try {
    await signIn("credentials", {
      email,
      password: form.get("password"),
      code: form.get("code") ?? "",
      redirectTo,
    });
  } catch (error) {
    if (error instanceof CredentialsSignin) return { error: error.code === "locked" ? "locked" : "invalid", email };
    if (error instanceof AuthError) return { error: "invalid", email };
    throw error; // the redirect after a successful sign-in
  }
  return { email };
}
