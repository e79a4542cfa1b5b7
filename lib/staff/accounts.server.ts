import "server-only";
import { db } from "../db/client.server";
import type { StaffRole } from "../generated/prisma/client";
import { normaliseEmail } from "./credentials.server";
import { hashPassword, passwordRules } from "./passwords.server";

export type NewStaff = { email: string; name: string; role: StaffRole; password: string };

export function passwordProblem(password: string): string | null {
  if (password.length < passwordRules.min) return `Use at least ${passwordRules.min} characters.`;
  if (password.length > passwordRules.max) return `Use at most ${passwordRules.max} characters.`;
  return null;
}

/** Creates (or, with `replace`, resets) a staff account. */
export async function createStaffUser(input: NewStaff, options: { replace?: boolean } = {}) {
  const problem = passwordProblem(input.password);
  if (problem) throw new Error(problem);
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

/** Every staff account, oldest first, without password hashes. */
export function listStaff() {
  return db().staffUser.findMany({ orderBy: { createdAt: "asc" }, select: staffPublicFields });
}

const staffPublicFields = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
  totpSecret: true,
} as const;
