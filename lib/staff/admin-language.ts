import { createTranslator } from "use-intl/core";
import { type Locale, rankedLanguages } from "../../i18n/routing";
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

/** The admin's words in one language; keys are typed from the English file. */
export function adminTranslator(locale: AdminLocale) {
  return createTranslator({ locale, messages: adminCatalogues[locale] });
}
export type AdminTranslator = ReturnType<typeof adminTranslator>;

/** Before sign-in: the browser's first language among en, fr and es (Accept-Language), else English. */
export function negotiateAdminLocale(acceptLanguage: string | null): AdminLocale {
  return rankedLanguages(acceptLanguage).find(isAdminLocale) ?? "en";
}
