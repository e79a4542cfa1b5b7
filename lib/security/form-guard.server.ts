import "server-only";
import { signValue, verifySigned } from "./signing.server";

// Bots fill every field and post at once; people leave the hidden field empty and take a few
// seconds. The form carries a signed "rendered at" stamp so its age cannot be forged.
export const honeypotField = "organisationFax";
export const stampField = "formStamp";
const minimumSeconds = 3;
const maximumSeconds = 24 * 3600;

export function issueFormStamp(now = Date.now()): string {
  return signValue("form", String(now));
}

export type GuardVerdict = "ok" | "honeypot" | "tooFast" | "stale" | "forged";

export function checkFormGuard(form: FormData, now = Date.now()): GuardVerdict {
  const honeypot = form.get(honeypotField);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return "honeypot";
  const issued = verifySigned("form", form.get(stampField));
  if (!issued || !/^\d+$/.test(issued)) return "forged";
  const age = (now - Number(issued)) / 1000;
  if (age < minimumSeconds) return "tooFast";
  if (age > maximumSeconds) return "stale";
  return "ok";
}
