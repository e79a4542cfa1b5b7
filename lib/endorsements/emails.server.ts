import "server-only";
import { createTranslator } from "use-intl/core";
import { directionOf, isLocale, type Locale } from "../../i18n/routing";
import type { Email } from "../email/mailer.server";
import { env } from "../env.server";
import { catalogues } from "../i18n/catalogues";

type Kind =
  | "confirm"
  | "received"
  | "stillReviewing"
  | "reconfirm"
  | "lapsed"
  | "approved"
  | "rejected"
  | "alreadyYours"
  | "alreadyExists"
  | "manage";

export function escapeHtml(text: string) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const emailTexts = new Map<Locale, ReturnType<typeof createEmailTranslator>>();
const createEmailTranslator = (locale: Locale) =>
  createTranslator({ locale, messages: catalogues[locale], namespace: "Emails" });

/**
 * The Emails texts of `locale`, one translator per language for the process: a translator keeps
 * its messages parsed, and a new one per email parsed them again (about a tenth of a confirmation's
 * CPU on launch day).
 */
function emailTranslator(locale: Locale) {
  let t = emailTexts.get(locale);
  if (!t) {
    t = createEmailTranslator(locale);
    emailTexts.set(locale, t);
  }
  return t;
}

/** A plain-text and HTML email in the endorser's language. */
export function endorsementEmail(options: {
  kind: Kind;
  locale: string;
  to: string;
  contactName: string;
  organisation: string;
  link?: string;
  reason?: string;
}): Email {
  const locale: Locale = isLocale(options.locale) ? options.locale : "en";
  const t = emailTranslator(locale);
  const values = { organisation: options.organisation };
  const k = options.kind;
  const paragraphs = [t("greeting", { name: options.contactName }), t(`${k}.body`, values)];
  if (k === "rejected" && options.reason) paragraphs.push(`« ${options.reason} »`, t("rejected.contact"));
  if (k === "approved") paragraphs.push(t("approved.share"));
  const button = ["confirm", "approved", "alreadyYours", "alreadyExists", "manage", "reconfirm", "lapsed"].includes(k)
    ? t(`${k}.button` as "confirm.button")
    : undefined;
  const after = [
    ...(k === "confirm" || k === "manage" ? [t(`${k}.expiry` as "confirm.expiry")] : []),
    ...(k === "confirm" || k === "manage" || k === "alreadyYours" ? [t("ignore")] : []),
    t("signature"),
  ];
  const dir = directionOf(locale);
  const text = [...paragraphs, ...(options.link ? [`${button ?? ""}: ${options.link}`] : []), ...after].join("\n\n");
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n")}
${options.link ? `<p><a href="${escapeHtml(options.link)}" style="display:inline-block;background:#0b5d4b;color:#fff;padding:12px 18px;border-radius:6px;text-decoration:none">${escapeHtml(button ?? options.link)}</a></p>\n<p style="font-size:13px;color:#4b5563">${escapeHtml(options.link)}</p>` : ""}
${after.map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`).join("\n")}
</body></html>`;
  return { to: options.to, subject: t(`${k}.subject`, values), text, html, locale };
}

export function siteLink(path: string) {
  return `${env().SITE_URL}${path}`;
}

export const stockReasons = ["notAle", "notOrganisation", "duplicate", "incomplete", "inappropriate"] as const;
export type StockReason = (typeof stockReasons)[number];

/** A stock rejection reason in the endorser's language (what they receive by email). */
export function stockReason(key: StockReason, locale: string): string {
  return emailTranslator(isLocale(locale) ? locale : "en")(`rejectionReasons.${key}`);
}
