import "server-only";
import { db } from "../db/client.server";
import { consume, isLimited, type Limit } from "../security/rate-limit.server";
import { timingDummyHash, verifyPassword } from "./passwords.server";
import { matchTotp } from "./totp";

export type StaffIdentity = {
  id: string;
  email: string;
  name: string;
  role: "ADMIN" | "MODERATOR";
  sessionVersion: number;
};
export type CredentialsResult = { ok: true; staff: StaffIdentity } | { ok: false; reason: "invalid" | "locked" };

// Failed attempts lock an account (whoever tries) and an address for the rest of a 15-minute window;
// the lock ends by itself. Only failures count, so a colleague signing in is never locked out by success.
const windowSeconds = 15 * 60;
export const loginLimits = { perAccount: 5, perIp: 30, windowSeconds };

function limitsFor(email: string, ip: string): Limit[] {
  return [
    { key: `staff-login:account:${email}`, max: loginLimits.perAccount, windowSeconds },
    { key: `staff-login:ip:${ip}`, max: loginLimits.perIp, windowSeconds },
  ];
}

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

/**
 * Checks email, password and (when the account has one) the TOTP code. A wrong email, a wrong
 * password and a wrong code all answer "invalid" after the same work, so the answer reveals nothing.
 */
export async function checkCredentials(input: {
  email: unknown;
  password: unknown;
  code?: unknown;
  ip: string;
}): Promise<CredentialsResult> {
  const email = typeof input.email === "string" ? normaliseEmail(input.email).slice(0, 320) : "";
  const password = typeof input.password === "string" ? input.password.slice(0, 200) : "";
  const code = typeof input.code === "string" ? input.code.slice(0, 20) : "";
  const limits = limitsFor(email, input.ip);
  if (await isLimited(limits)) return { ok: false, reason: "locked" };

  const user = email
    ? await db().staffUser.findUnique({ where: { email }, omit: { passwordHash: false, totpSecret: false } })
    : null;
  const passwordOk = user
    ? await verifyPassword(password, user.passwordHash)
    : await verifyPassword(password, await timingDummyHash()).then(() => false);
  const step = user?.totpSecret ? matchTotp(user.totpSecret, code, user.totpLastStep) : null;
  const codeOk = !user?.totpSecret || step !== null;

  if (!user || user.disabledAt || !passwordOk || !codeOk) {
    await consume(limits);
    return { ok: false, reason: "invalid" };
  }
  await db().staffUser.update({
    where: { id: user.id },
    data: { lastLoginAt: new Date(), ...(step !== null && { totpLastStep: step }) },
  });
  return {
    ok: true,
    staff: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
