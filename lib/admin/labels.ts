import en from "../../messages/en.json";
import { sortedCountries } from "../endorsements/country-names";
import { errorMessage } from "../endorsements/schema";

// English labels for the staff area, taken from the public site's own English texts.
export const typeLabels: Record<string, string> = en.Endorse.types;
export const regionLabels: Record<string, string> = en.Endorse.regions;

export const countryOptions = sortedCountries("en").map((country) => ({ value: country.code, label: country.name }));
const countryNames = new Map(countryOptions.map((option) => [option.value, option.label]));
export function countryLabel(code: string) {
  return countryNames.get(code) ?? code;
}

export const statusLabels: Record<string, string> = {
  AWAITING_CONFIRMATION: "Awaiting email confirmation",
  AWAITING_REVIEW: "Awaiting review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
};

export const actorKindLabels: Record<string, string> = {
  STAFF: "Staff",
  ENDORSER: "The endorser (manage link)",
  SYSTEM: "System (housekeeping or command line)",
};

export const reasonLabels: Record<string, string> = {
  notAle: "Not related to adult learning and education",
  notOrganisation: "An individual, not an organisation",
  duplicate: "Already endorsed (duplicate)",
  incomplete: "Could not verify the organisation",
  inappropriate: "Statement or logo against the campaign's values",
};

export function formatDateTime(date: Date | null | undefined) {
  if (!date) return "—";
  return `${new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }).format(date)} UTC`;
}

/** An endorsement field's error code as the public form words it (in English), limits filled in. */
export function endorsementErrorText(codes: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(codes).map(([field, code]) => [field, errorMessage(en.Endorse.errors, code, field) ?? code]),
  );
}

/** How long something has waited, roughly, for a moderator: "40 min", "5 h", "3 days". */
export function waitedFor(since: Date, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
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
