import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env.server";

// Bots fill every field and post at once; people leave the hidden field empty and take a few
// seconds. The form carries a signed "rendered at" stamp so its age cannot be forged.
export const honeypotField = "organisationFax";
export const stampField = "formStamp";
const minimumSeconds = 3;
const maximumSeconds = 24 * 3600;

function sign(value: string) {
  return createHmac("sha256", env().AUTH_SECRET).update(`form:${value}`).digest("base64url");
}

export function issueFormStamp(now = Date.now()): string {
  const issued = String(now);
  return `${issued}.${sign(issued)}`;
}

export type GuardVerdict = "ok" | "honeypot" | "tooFast" | "stale" | "forged";

export function checkFormGuard(form: FormData, now = Date.now()): GuardVerdict {
  const honeypot = form.get(honeypotField);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return "honeypot";
  const stamp = form.get(stampField);
  if (typeof stamp !== "string") return "forged";
  const [issued, signature] = stamp.split(".");
  const expected = issued ? Buffer.from(sign(issued)) : Buffer.alloc(0);
  const given = Buffer.from(signature ?? "");
  if (!issued || expected.length !== given.length || !timingSafeEqual(expected, given)) return "forged";
  const age = (now - Number(issued)) / 1000;
  if (age < minimumSeconds) return "tooFast";
  if (age > maximumSeconds) return "stale";
  return "ok";
}
