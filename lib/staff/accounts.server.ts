import "server-only";
import { db } from "../db/client.server";
import type { StaffRole } from "../generated/prisma/client";
import { type AdminLocale, adminTranslator } from "./admin-language";
import { normaliseEmail } from "./credentials.server";
import { hashPassword, passwordRules, verifyPassword } from "./passwords.server";

export type NewStaff = { email: string; name: string; role: StaffRole; password: string };

/** What is wrong with a new password, as an error code for wordErrors() (lib/admin/validation.ts). */
export function passwordProblem(password: string): string | null {
  if (password.length < passwordRules.min) return `Errors.passwordShort:${passwordRules.min}`;
  if (password.length > passwordRules.max) return `Errors.tooLong:${passwordRules.max}`;
  return null;
}

/** Creates (or, with `replace`, resets) a staff account. */
export async function createStaffUser(input: NewStaff, options: { replace?: boolean } = {}) {
  const problem = passwordProblem(input.password);
  if (problem) {
    const [key, limit] = problem.split(":");
    throw new Error(adminTranslator("en")(key as "Errors.passwordShort", { max: Number(limit) }));
  }
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const data = { email, name: input.name.trim(), role: input.role, passwordHash };
  if (options.replace) {
    return db().staffUser.upsert({
      where: { email },
      create: data,
      update: { ...data, disabledAt: null, sessionVersion: { increment: 1 } },
    });
  }
  return db().staffUser.create({ data });
}

/** Every staff account, oldest first, with whether two-step sign-in is on (never the secret itself). */
export async function listStaff() {
  const users = await db().staffUser.findMany({
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      lastLoginAt: true,
      createdAt: true,
      totpSecret: true,
    },
  });
  return users.map(({ totpSecret, ...user }) => ({ ...user, hasTotp: totpSecret !== null }));
}

/** Whether this is the account's current password (the hash is read here and nowhere else in the admin). */
export async function isCurrentPassword(staffId: string, password: string): Promise<boolean> {
  const user = await db().staffUser.findUnique({
    where: { id: staffId },
    select: { passwordHash: true },
  });
  return user ? verifyPassword(password, user.passwordHash) : false;
}

/** Sets a new password and ends every session of the account. */
export async function setPassword(staffId: string, password: string) {
  await db().staffUser.update({
    where: { id: staffId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}

/** Ends every session of this account on every device (their cookies stop matching sessionVersion). */
export async function endAllSessions(staffId: string) {
  await db().staffUser.update({
    where: { id: staffId },
    data: { sessionVersion: { increment: 1 } },
    select: { id: true },
  });
}

/** Turns two-step sign-in on with a confirmed secret, remembering the step of the code that confirmed it. */
export async function enableTotp(staffId: string, secret: string, step: number) {
  await db().staffUser.update({
    where: { id: staffId },
    data: { totpSecret: secret, totpLastStep: step },
    select: { id: true },
  });
}

export async function disableTotp(staffId: string) {
  await db().staffUser.update({
    where: { id: staffId },
    data: { totpSecret: null, totpLastStep: null },
    select: { id: true },
  });
}

export async function staffEmailTaken(email: string): Promise<boolean> {
  return (await db().staffUser.count({ where: { email: normaliseEmail(email) } })) > 0;
}

export const accountChanges = ["makeAdmin", "makeModerator", "disable", "enable", "resetTotp"] as const;
export type AccountChange = (typeof accountChanges)[number];

function changeData(change: AccountChange) {
  switch (change) {
    case "makeAdmin":
      return { role: "ADMIN" as const };
    case "makeModerator":
      return { role: "MODERATOR" as const };
    case "disable":
      return { disabledAt: new Date() };
    case "enable":
      return { disabledAt: null };
    case "resetTotp":
      return { totpSecret: null, totpLastStep: null };
  }
}

/**
 * Changes another account's role or access; every change ends that account's sessions. Returns the
 * role and disabled date before and after, or null when there is no such account.
 */
export async function changeStaffAccount(id: string, change: AccountChange) {
  const fields = { role: true, disabledAt: true } as const;
  const before = await db().staffUser.findUnique({ where: { id }, select: fields });
  if (!before) return null;
  const after = await db().staffUser.update({
    where: { id },
    data: { ...changeData(change), sessionVersion: { increment: 1 } },
    select: fields,
  });
  return { before, after };
}

/** Stores the admin language a staff member chose; returns the previous one for the audit entry. */
export async function setAdminLocale(staffId: string, adminLocale: AdminLocale) {
  const before = await db().staffUser.findUniqueOrThrow({ where: { id: staffId }, select: { adminLocale: true } });
  await db().staffUser.update({ where: { id: staffId }, data: { adminLocale } });
  return before.adminLocale;
}
