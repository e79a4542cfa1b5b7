import { countryCodes, type RegionCode, regionOf } from "./regions";

// Country names in each language, sorted once per process (not on every request).
type Country = { code: string; name: string };
const countriesByLocale = new Map<string, Country[]>();
const namesByLocale = new Map<string, Map<string, string>>();

export function sortedCountries(locale: string): Country[] {
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

/** The countries of one region, sorted by their name in `locale` (the wall's region-first picker). */
export function countriesInRegion(locale: string, region: RegionCode): Country[] {
  return sortedCountries(locale).filter((country) => regionOf(country.code) === region);
}

/** A country's name in `locale`, from a table built once per process. */
export function countryName(locale: string, code: string): string {
  let names = namesByLocale.get(locale);
  if (!names) {
    names = new Map(sortedCountries(locale).map((country) => [country.code, country.name]));
    namesByLocale.set(locale, names);
  }
  return names.get(code) ?? code;
}
