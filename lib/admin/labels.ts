import en from "../../messages/en.json";
import { countryCodes } from "../endorsements/regions";

// English labels for the staff area, taken from the public site's own English texts.
export const typeLabels: Record<string, string> = en.Endorse.types;
export const regionLabels: Record<string, string> = en.Endorse.regions;

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });
export function countryLabel(code: string) {
  return countryNames.of(code) ?? code;
}
export const countryOptions = countryCodes
  .map((code) => ({ value: code, label: countryLabel(code) }))
  .sort((a, b) => a.label.localeCompare(b.label));

export const statusLabels: Record<string, string> = {
  AWAITING_CONFIRMATION: "Awaiting email confirmation",
  AWAITING_REVIEW: "Awaiting review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
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

export function formatDate(date: Date | null | undefined) {
  if (!date) return "—";
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(date);
}
