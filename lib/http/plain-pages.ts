import { directionOf, isLocale, type Locale, negotiateLocale } from "../../i18n/routing";
import { catalogues } from "../i18n/catalogues";
import { formBodyLimitBytes, maxUploadBytes } from "../media/upload-limits";

/** The language of a request: its /xx/ prefix, else Accept-Language, else English. */
export function requestLocale(pathname: string, acceptLanguage: string | null): Locale {
  const prefix = pathname.split("/")[1];
  if (prefix && isLocale(prefix)) return prefix;
  return negotiateLocale(acceptLanguage);
}

/**
 * A self-contained page (no database, no scripts, inline styles) in the visitor's language, for the
 * answers the proxy gives before the app can render anything.
 */
function plainPage(
  locale: Locale,
  status: number,
  page: { title: string; text: string; link: { href: string; text: string } },
  headers: Record<string, string> = {},
): Response {
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${page.title} · We are ALE</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#171717;line-height:1.6">
<main><p style="color:#0b5d4b;font-weight:700">We are ALE</p><h1>${page.title}</h1><p>${page.text}</p>
<p><a href="${page.link.href}" style="color:#0b5d4b">${page.link.text}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** The calm 503 while the database is away. */
export function unavailableResponse(locale: Locale, retryAfterSeconds = 30): Response {
  const t = catalogues[locale].Unavailable;
  return plainPage(
    locale,
    503,
    { title: t.title, text: t.text, link: { href: "", text: t.retry } },
    { "Retry-After": String(retryAfterSeconds) },
  );
}

const megabytes = (bytes: number) => String(Math.round(bytes / (1024 * 1024)));

/**
 * A form post over the body limit (a huge logo sent without JavaScript). The body is never read, so
 * nothing typed can be echoed back; the browser's Back button returns to the form with its fields
 * as they were, which the page says (decision 017).
 */
export function tooLargeResponse(locale: Locale): Response {
  const t = catalogues[locale].TooLarge;
  const text = t.text
    .replace("{limit}", megabytes(formBodyLimitBytes))
    .replace("{logoLimit}", megabytes(maxUploadBytes));
  return plainPage(locale, 413, { title: t.title, text, link: { href: `/${locale}/endorse`, text: t.newForm } });
}

/**
 * A form post that arrived while every place at the endorsement form's door was taken (decision 032).
 * Answered before the body is read, so it costs next to nothing; like the 413, the browser's Back
 * button returns to the form as it was typed.
 */
export function busyResponse(locale: Locale, retryAfterSeconds = 5): Response {
  const t = catalogues[locale].Busy;
  return plainPage(
    locale,
    503,
    { title: t.title, text: t.text, link: { href: `/${locale}/endorse`, text: t.newForm } },
    { "Retry-After": String(retryAfterSeconds) },
  );
}
