import "server-only";
import { randomText } from "../random";
import { signValue, verifySigned } from "./signing.server";

// Bots fill every field and post at once; people leave the hidden field empty and take a few
// seconds. The form carries a signed "rendered at" stamp so its age cannot be forged, with a random
// part so that two forms opened in the same millisecond differ: a stamp makes one endorsement
// (lib/endorsements/form.server.ts).
export const honeypotField = "organisationFax";
export const stampField = "formStamp";
const minimumSeconds = 3;
const maximumSeconds = 24 * 3600;

export function issueFormStamp(now = Date.now()): string {
  return signValue("form", `${now}:${randomText(9)}`);
}

export type GuardVerdict = "ok" | "honeypot" | "tooFast" | "stale" | "forged";

export function checkFormGuard(form: FormData, now = Date.now()): GuardVerdict {
  const honeypot = form.get(honeypotField);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return "honeypot";
  const issued = /^(\d+):[\w-]{12}$/.exec(verifySigned("form", form.get(stampField)) ?? "");
  if (!issued) return "forged";
  const age = (now - Number(issued[1])) / 1000;
  if (age < minimumSeconds) return "tooFast";
  if (age > maximumSeconds) return "stale";
  return "ok";
}
