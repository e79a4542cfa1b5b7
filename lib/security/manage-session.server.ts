import "server-only";
import { cookies } from "next/headers";
import { env } from "../env.server";
import { signValue, verifySigned } from "./signing.server";

// After a manage link is used, a signed, HttpOnly cookie lets the contact make changes for an hour
// without the single-use token staying in the address bar or the browser history.
const cookieName = "ale_manage";
const lifetimeMs = 3600_000;

export async function startManageSession(endorsementId: string) {
  const payload = `${endorsementId}.${Date.now() + lifetimeMs}`;
  (await cookies()).set(cookieName, signValue("manage", payload), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().SITE_URL.startsWith("https://"),
    path: "/",
    maxAge: lifetimeMs / 1000,
  });
}

/** The endorsement this browser may manage now, if any. */
export async function manageSessionEndorsementId(): Promise<string | null> {
  const payload = verifySigned("manage", (await cookies()).get(cookieName)?.value);
  const [id, expires] = payload?.split(".") ?? [];
  return id && Number(expires) > Date.now() ? id : null;
}

export async function endManageSession() {
  (await cookies()).delete(cookieName);
}
