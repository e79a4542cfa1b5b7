import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env.server";

/** `value.signature`, an HMAC under AUTH_SECRET bound to a purpose so one kind cannot pass for another. */
export function signValue(purpose: string, value: string): string {
  return `${value}.${createHmac("sha256", env().AUTH_SECRET).update(`${purpose}:${value}`).digest("base64url")}`;
}

/** The value of a string made by signValue for this purpose, or null if it was altered. */
export function verifySigned(purpose: string, signed: unknown): string | null {
  if (typeof signed !== "string") return null;
  const cut = signed.lastIndexOf(".");
  if (cut < 0) return null;
  const value = signed.slice(0, cut);
  const expected = Buffer.from(signValue(purpose, value));
  const given = Buffer.from(signed);
  return expected.length === given.length && timingSafeEqual(expected, given) ? value : null;
}
