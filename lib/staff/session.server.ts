import "server-only";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "../db/client.server";
import type { StaffRole } from "../generated/prisma/client";
import { getSettings } from "../settings.server";
import { type AdminLocale, isAdminLocale } from "./admin-language";
import { auth } from "./auth.server";

export type Staff = {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  hasTotp: boolean;
  adminLocale: AdminLocale;
};

/**
 * The signed-in staff member, re-read from the database (disabled or signed-out-everywhere → null).
 * Once per request: the admin header and the page's gate share the answer.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => {
  const session = (await auth()) as { staffId?: string; sessionVersion?: number } | null;
  if (!session?.staffId) return null;
  const user = await db().staffUser.findUnique({ where: { id: session.staffId }, omit: { totpSecret: false } });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion) return null;
  const adminLocale = isAdminLocale(user.adminLocale) ? user.adminLocale : "en";
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    hasTotp: Boolean(user.totpSecret),
    adminLocale,
  };
});

/**
 * The gate in front of every admin page, route handler and server action: anonymous visitors go to
 * the sign-in page, a moderator asking for an admin-only thing gets 403, and an admin without a
 * second factor (when settings require one) is sent to set it up first.
 */
export async function requireStaff(role: StaffRole, options: { totpSetup?: boolean } = {}): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect("/admin/sign-in");
  if (role === "ADMIN" && staff.role !== "ADMIN") forbidden();
  if (!options.totpSetup && staff.role === "ADMIN" && !staff.hasTotp && (await getSettings()).requireAdminTotp) {
    redirect("/admin/account?totp=required");
  }
  return staff;
}

/** Wraps a server action so it runs only for staff with the role; the check comes before anything else. */
export function staffAction<Args extends unknown[], Result>(
  role: StaffRole,
  action: (staff: Staff, ...args: Args) => Promise<Result>,
  options: { totpSetup?: boolean } = {},
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => action(await requireStaff(role, options), ...args);
}
