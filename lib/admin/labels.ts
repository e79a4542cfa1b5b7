import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import { sortedCountries } from "../endorsements/country-names";
import { errorMessage } from "../endorsements/schema";
import { type AdminLocale, type AdminTranslator, adminCatalogues, adminTranslator } from "../staff/admin-language";

const publicMessages = { en, fr, es };

// English labels for the staff area, taken from the public site's own English texts (forms not yet translated).
export const typeLabels: Record<string, string> = en.Endorse.types;
export const regionLabels: Record<string, string> = en.Endorse.regions;

export const countryOptions = sortedCountries("en").map((country) => ({ value: country.code, label: country.name }));
const countryNames = new Map(countryOptions.map((option) => [option.value, option.label]));
export function countryLabel(code: string) {
  return countryNames.get(code) ?? code;
}

export function formatDateTime(date: Date | null | undefined) {
  return adminFormats("en").formatDateTime(date);
}

// English keeps the day-month-year order the staff already know (en-GB).
const intlLocales: Record<AdminLocale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

/** Dates (always UTC, said so) and numbers in the staff member's language. */
export function adminFormats(locale: AdminLocale) {
  const intlLocale = intlLocales[locale];
  const dateTime = new Intl.DateTimeFormat(intlLocale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  const dayMonth = new Intl.DateTimeFormat(intlLocale, { day: "numeric", month: "short", timeZone: "UTC" });
  const number = new Intl.NumberFormat(intlLocale, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(intlLocale, { style: "percent" });
  return {
    formatDateTime: (date: Date | null | undefined) => (date ? `${dateTime.format(date)} UTC` : "—"),
    formatDayMonth: (date: Date) => dayMonth.format(date),
    formatNumber: (value: number) => number.format(value),
    formatPercent: (part: number, whole: number) => (whole ? percent.format(part / whole) : "—"),
  };
}

/** The names staff see for statuses, reasons, organisation types, regions and countries, in their language. */
export function adminLabels(locale: AdminLocale) {
  const { Labels } = adminCatalogues[locale];
  const countryOptions = sortedCountries(locale).map((country) => ({ value: country.code, label: country.name }));
  const countryNames = new Map(countryOptions.map((option) => [option.value, option.label]));
  return {
    typeLabels: publicMessages[locale].Endorse.types as Record<string, string>,
    regionLabels: publicMessages[locale].Endorse.regions as Record<string, string>,
    statusLabels: Labels.status as Record<string, string>,
    reasonLabels: Labels.reasons as Record<string, string>,
    actorKindLabels: Labels.actorKinds as Record<string, string>,
    entityTypeLabels: Labels.entityTypes as Record<string, string>,
    countryOptions,
    countryLabel: (code: string) => countryNames.get(code) ?? code,
    /** "endorsement.approve" in words; an action this version does not know keeps its raw name. */
    auditActionLabel: (action: string) => {
      const [domain, verb] = action.split(".", 2);
      return (Labels.auditActions as Record<string, Record<string, string> | undefined>)[domain]?.[verb] ?? action;
    },
  };
}

/** An endorsement field's error code as the public form words it (in the staff language), limits filled in. */
export function endorsementErrorText(
  codes: Record<string, string>,
  locale: AdminLocale = "en",
): Record<string, string> {
  const errors = publicMessages[locale].Endorse.errors;
  return Object.fromEntries(
    Object.entries(codes).map(([field, code]) => [field, errorMessage(errors, code, field) ?? code]),
  );
}

/** How long something has waited, roughly, for a moderator: "40 min", "5 h", "3 days". */
export function waitedFor(since: Date, now = new Date(), t: AdminTranslator = adminTranslator("en")): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return t("Labels.waited.minutes", { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return t("Labels.waited.hours", { count: hours });
  return t("Labels.waited.days", { count: Math.floor(hours / 24) });
}

/** The start of a text, cut at a word boundary, for a table cell. */
export function excerpt(text: string | null, max = 140): string {
  if (!text) return "";
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
