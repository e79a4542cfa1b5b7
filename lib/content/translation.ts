/** A row's text in the visitor's language, else English, else whatever exists; marks fallbacks. */
export function pickTranslation<T extends { locale: string }>(
  translations: T[],
  locale: string,
): (T & { isFallback: boolean }) | undefined {
  const chosen =
    translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === "en") ?? translations[0];
  return chosen ? { ...chosen, isFallback: chosen.locale !== locale } : undefined;
}
