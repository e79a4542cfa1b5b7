import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { env } from "../env.server";

// After a manage link is used, a signed, HttpOnly cookie lets the contact make changes for an hour
// without the single-use token staying in the address bar or the browser history.
const cookieName = "ale_manage";
const lifetimeMs = 3600_000;

function sign(payload: string) {
  return createHmac("sha256", env().AUTH_SECRET).update(`manage:${payload}`).digest("base64url");
}

export async function startManageSession(endorsementId: string) {
  const payload = `${endorsementId}.${Date.now() + lifetimeMs}`;
  (await cookies()).set(cookieName, `${payload}.${sign(payload)}`, {
    httpOnly: true,
    sameSite: "lax",
    secure: env().SITE_URL.startsWith("https://"),
    path: "/",
    maxAge: lifetimeMs / 1000,
  });
}

/** The endorsement this browser may manage now, if any. */
export async function manageSessionEndorsementId(): Promise<string | null> {
  const value = (await cookies()).get(cookieName)?.value;
  if (!value) return null;
  const [id, expires, signature] = value.split(".");
  if (!id || !expires || !signature) return null;
  const expected = Buffer.from(sign(`${id}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Number(expires) > Date.now() ? id : null;
}

export async function endManageSession() {
  (await cookies()).delete(cookieName);
}
