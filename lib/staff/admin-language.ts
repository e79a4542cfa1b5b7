import type { Locale } from "../../i18n/routing";
import en from "../../messages/admin/en.json";
import es from "../../messages/admin/es.json";
import fr from "../../messages/admin/fr.json";

/** The languages of the staff admin: a subset of the site's locales (decision 019). */
export const adminLocales = ["en", "fr", "es"] as const satisfies readonly Locale[];
export type AdminLocale = (typeof adminLocales)[number];

export type AdminMessages = typeof en;
export const adminCatalogues: Record<AdminLocale, AdminMessages> = { en, fr, es };

export function isAdminLocale(value: unknown): value is AdminLocale {
  return typeof value === "string" && (adminLocales as readonly string[]).includes(value);
}
