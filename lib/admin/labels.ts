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

/** What each audit action means, in words (the raw name stays in the CSV export and the filter). */
export const auditActionLabels: Record<string, string> = {
  "endorsement.confirm": "Endorsement confirmed by email",
  "endorsement.approve": "Endorsement approved",
  "endorsement.reject": "Endorsement rejected",
  "endorsement.update": "Endorsement changed by the endorser",
  "endorsement.withdraw": "Endorsement withdrawn",
  "endorsement.restore": "Endorsement brought back",
  "endorsement.erase": "Endorsement erased by the endorser",
  "endorsement.purge": "Unconfirmed sign-up deleted",
  "endorsement.edit": "Endorsement corrected by staff",
  "endorsement.flag": "Endorsement featured, marked as partner or logo hidden",
  "endorsement.unsubscribe": "Campaign updates unsubscribed",
  "endorsement.askReconfirm": "Endorser asked to reconfirm",
  "endorsement.reconfirm": "Endorsement reconfirmed",
  "endorsement.lapse": "Endorsement lapsed (no answer)",
  "endorsement.renew": "Lapsed endorsement renewed",
  "endorsement.remindReview": "Endorser told the review is overdue",
  "endorsement.hold": "Retention hold set or released",
  "endorsement.eraseContact": "Contact details erased (retention)",
  "endorsement.recheckDomain": "Domain checked again (verified)",
  "endorsement.duplicateAttempt": "Duplicate sign-up attempt",
  "text.draft": "Campaign text draft saved",
  "text.publish": "Campaign text published",
  "update.create": "Campaign update written",
  "update.edit": "Campaign update changed",
  "update.send": "Campaign update sent",
  "news.create": "News item created",
  "news.update": "News item changed",
  "news.delete": "News item deleted",
  "event.create": "Event created",
  "event.update": "Event changed",
  "event.delete": "Event deleted",
  "partner.create": "Partner added",
  "partner.update": "Partner changed",
  "partner.delete": "Partner deleted",
  "partner.move": "Partner moved in the list",
  "partner.removeLogo": "Partner logo removed",
  "staff.create": "Staff account created",
  "staff.makeAdmin": "Staff member made an admin",
  "staff.makeModerator": "Staff member made a moderator",
  "staff.disable": "Staff account disabled",
  "staff.enable": "Staff account enabled",
  "staff.resetTotp": "Two-step sign-in reset",
  "staff.enableTotp": "Two-step sign-in turned on",
  "staff.disableTotp": "Two-step sign-in turned off",
  "staff.changePassword": "Password changed",
  "staff.signOutEverywhere": "Signed out everywhere",
  "staff.dailyDigest": "Daily digest turned on or off",
  "staff.adminLanguage": "Admin language changed",
  "settings.save": "Settings saved",
  "mail.retryFailed": "Failed emails sent again",
  "export.endorsements": "Endorsements exported (CSV)",
  "export.audit": "Audit log exported (CSV)",
};

export const entityTypeLabels: Record<string, string> = {
  Endorsement: "Endorsement",
  Partner: "Partner",
  NewsItem: "News item",
  Event: "Event",
  StaffUser: "Staff account",
  Setting: "Settings",
  AuditEntry: "Audit log",
  OutboundEmail: "Email queue",
  CampaignUpdate: "Campaign update",
  ContentText: "Campaign text",
};
