import { directionOf, isLocale, type Locale, negotiateLocale } from "../../i18n/routing";
import { catalogues } from "../i18n/catalogues";

/** The language of a request: its /xx/ prefix, else Accept-Language, else English. */
export function requestLocale(pathname: string, acceptLanguage: string | null): Locale {
  const prefix = pathname.split("/")[1];
  if (prefix && isLocale(prefix)) return prefix;
  return negotiateLocale(acceptLanguage);
}

/** A self-contained 503 page (no database, no scripts, inline styles) in the visitor's language. */
export function unavailableResponse(locale: Locale, retryAfterSeconds = 30): Response {
  const t = catalogues[locale].Unavailable;
  const html = `<!doctype html>
<html lang="${locale}" dir="${directionOf(locale)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${t.title} · We are ALE</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#171717;line-height:1.6">
<main><p style="color:#0b5d4b;font-weight:700">We are ALE</p><h1>${t.title}</h1><p>${t.text}</p>
<p><a href="" style="color:#0b5d4b">${t.retry}</a></p></main></body></html>`;
  return new Response(html, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(retryAfterSeconds),
      "Cache-Control": "no-store",
    },
  });
}
