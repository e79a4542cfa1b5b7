/** The plural categories a language distinguishes for whole numbers (CLDR, through Intl). */
export function pluralCategories(locale: string): string[] {
  return new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
}

/** Selectors of an ICU plural that the language does not have, e.g. "one" in Chinese. */
export function unknownPluralCategories(locale: string, selectors: string[]): string[] {
  const categories = pluralCategories(locale);
  return selectors.filter((selector) => !selector.startsWith("=") && !categories.includes(selector));
}

/**
 * Categories an ICU plural forgets, e.g. "few" in Russian. The site counts whole numbers well below a
 * million, so only categories holding some of 0…1000 are required (not French "many", which starts at a
 * million, nor Russian "other", which holds fractions; ICU falls back to "other" for them). An exact
 * selector such as "=0" stands in for a category only when it covers all of it (Arabic "zero" is 0 alone;
 * Russian "one" is also 21, 31…).
 */
export function missingPluralCategories(locale: string, selectors: string[]): string[] {
  const rules = new Intl.PluralRules(locale);
  const exact = new Set(
    selectors.filter((selector) => selector.startsWith("=")).map((selector) => Number(selector.slice(1))),
  );
  return pluralCategories(locale).filter((category) => {
    if (selectors.includes(category)) return false;
    const members = Array.from({ length: 1001 }, (_, n) => n).filter((n) => rules.select(n) === category);
    return members.length > 0 && !members.every((n) => exact.has(n));
  });
}
