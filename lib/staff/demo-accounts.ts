/**
 * Demo staff accounts, created only in demo mode (the embedded database of the quick start, or
 * SEED_DEMO=1): the README lists them so a first-time visitor can try the admin. Real accounts come
 * from `npm run admin:create`. A public (https://) site refuses to start while they exist.
 */
export const demoStaff = [
  { email: "admin@example.org", name: "Demo Admin", role: "ADMIN", password: "demo-admin-2026" },
  { email: "moderator@example.org", name: "Demo Moderator", role: "MODERATOR", password: "demo-moderator-2026" },
] as const;

export const demoStaffEmails: string[] = demoStaff.map((staff) => staff.email);
