import en from "../../messages/en.json";
import { sortedCountries } from "../endorsements/country-names";

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
  LAPSED: "Lapsed (did not reconfirm)",
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
