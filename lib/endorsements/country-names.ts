import { countryCodes } from "./regions";

// Country names in each language, sorted once per process (not on every request).
const countriesByLocale = new Map<string, { code: string; name: string }[]>();

export function sortedCountries(locale: string) {
  let countries = countriesByLocale.get(locale);
  if (!countries) {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const collator = new Intl.Collator(locale);
    countries = countryCodes
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => collator.compare(a.name, b.name));
    countriesByLocale.set(locale, countries);
  }
  return countries;
}
