import "server-only";
import { db } from "../db/client.server";
import { consume, type Limit, refund } from "../security/rate-limit.server";
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

// Attempts are limited per account *and address* (so a stranger elsewhere cannot lock a colleague
// out) and, more generously, per address (guessing across accounts), for the rest of a 15-minute
// window; the lock ends by itself. Every attempt is counted before the password is checked, so
// parallel attempts cannot race past the limit; a successful one is taken back.
const windowSeconds = 15 * 60;
export const loginLimits = { perAccountAndIp: 5, perIp: 30, windowSeconds };

function limitsFor(email: string, ip: string): Limit[] {
  return [
    { key: `staff-login:account-ip:${email}|${ip}`, max: loginLimits.perAccountAndIp, windowSeconds },
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
  const attemptedAt = Date.now();
  if (!(await consume(limits, attemptedAt))) return { ok: false, reason: "locked" };

  const user = email
    ? await db().staffUser.findUnique({ where: { email }, omit: { passwordHash: false, totpSecret: false } })
    : null;
  const passwordOk = user
    ? await verifyPassword(password, user.passwordHash)
    : await verifyPassword(password, await timingDummyHash()).then(() => false);
  const step = user?.totpSecret ? matchTotp(user.totpSecret, code, user.totpLastStep) : null;
  const codeOk = !user?.totpSecret || step !== null;

  if (!user || user.disabledAt || !passwordOk || !codeOk) return { ok: false, reason: "invalid" };
  await refund(limits, attemptedAt);
  await db().staffUser.update({
    where: { id: user.id },
    data: { lastLoginAt: new Date(), ...(step !== null && { totpLastStep: step }) },
  });
  return {
    ok: true,
    staff: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
  };
}
