import "server-only";
import { db } from "./db/client.server";

/** Site-wide settings admins can change, with their defaults. */
export const settingDefaults = {
  /**
   * Admins must set up a second factor (TOTP) before they can use the admin. On unless an admin
   * turns it off; only the demo data turns it off for the demo accounts' sake.
   */
  requireAdminTotp: true,
  /** Retention (decision 026): sign-ups never confirmed are deleted after this many days. */
  unconfirmedDays: 30,
  /**
   * Contact details of rejected or withdrawn endorsements are erased after this many days, and the
   * audit log keeps only ids and actions of entries older than that.
   */
  closedContactDays: 90,
};

/** The range an admin may choose for each retention period, in days. */
export const retentionLimits = { unconfirmedDays: [7, 365], closedContactDays: [30, 3650] } as const;

function days(value: unknown, key: keyof typeof retentionLimits): number {
  const [min, max] = retentionLimits[key];
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
    ? value
    : settingDefaults[key];
}

export type Settings = typeof settingDefaults;

export async function getSettings(): Promise<Settings> {
  const rows = await db().setting.findMany();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return {
    requireAdminTotp:
      typeof stored.requireAdminTotp === "boolean" ? stored.requireAdminTotp : settingDefaults.requireAdminTotp,
    unconfirmedDays: days(stored.unconfirmedDays, "unconfirmedDays"),
    closedContactDays: days(stored.closedContactDays, "closedContactDays"),
  };
}

export async function saveSetting<K extends keyof Settings>(key: K, value: Settings[K]) {
  await db().setting.upsert({ where: { key }, create: { key, value }, update: { value } });
}
