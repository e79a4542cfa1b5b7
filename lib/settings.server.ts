import "server-only";
import { db } from "./db/client.server";

/** Site-wide settings admins can change, with their defaults. */
export const settingDefaults = {
  /**
   * Admins must set up a second factor (TOTP) before they can use the admin. On unless an admin
   * turns it off; only the demo data turns it off for the demo accounts' sake.
   */
  requireAdminTotp: true,
};

export type Settings = typeof settingDefaults;

export async function getSettings(): Promise<Settings> {
  const rows = await db().setting.findMany();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return {
    requireAdminTotp:
      typeof stored.requireAdminTotp === "boolean" ? stored.requireAdminTotp : settingDefaults.requireAdminTotp,
  };
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]) {
  await db().setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
