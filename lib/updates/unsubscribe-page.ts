import "server-only";
import { createTranslator } from "use-intl/core";
import { directionOf, isLocale, type Locale } from "../../i18n/routing";
import { escapeHtml, siteLink } from "../endorsements/emails.server";
import { catalogues } from "../i18n/catalogues";

/**
 * The small page behind an update's unsubscribe link, in the endorser's language: a button on GET
 * (a mail scanner fetching the link unsubscribes nobody), the outcome after the POST. Plain HTML with
 * no script or style, so it works anywhere and passes the public CSP.
 */
export function unsubscribePage(localeParam: string | null, state: "ask" | "done" | "invalid", action = "") {
  const locale: Locale = localeParam && isLocale(localeParam) ? localeParam : "en";
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Unsubscribe" });
  const body =
    state === "ask"
      ? `<p>${escapeHtml(t("explain"))}</p>\n<form method="post" action="${escapeHtml(action)}"><button type="submit">${escapeHtml(t("button"))}</button></form>`
      : `<p${state === "invalid" ? ' role="alert"' : ' role="status"'}>${escapeHtml(t(state))}</p>`;
  return `<!doctype html><html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(t("title"))} · #weareALE</title></head><body><main><h1>${escapeHtml(t("title"))}</h1>
${body}
<p><a href="${escapeHtml(siteLink(`/${locale}/endorse/manage`))}">${escapeHtml(t("manage"))}</a></p></main></body></html>`;
}
