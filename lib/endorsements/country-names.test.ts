import { describe, expect, it } from "vitest";
import { countriesInRegion, countryName, sortedCountries } from "./country-names";
import { regionOf, regions } from "./regions";

describe("country names for the wall's picker", () => {
  it("offers only the chosen region's countries, sorted in the visitor's language", () => {
    const arab = countriesInRegion("fr", "ARAB_STATES");
    expect(arab.map((country) => country.code)).toContain("EG");
    expect(arab.every((country) => regionOf(country.code) === "ARAB_STATES")).toBe(true);
    const names = arab.map((country) => country.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));
    expect(arab.find((country) => country.code === "EG")?.name).toBe("Égypte");
  });

  it("splits every country into exactly one region", () => {
    const perRegion = regions.flatMap((region) => countriesInRegion("en", region));
    expect(perRegion).toHaveLength(sortedCountries("en").length);
    expect(Math.max(...regions.map((region) => countriesInRegion("en", region).length))).toBeLessThan(80);
  });

  it("names a country in each language and falls back to the code", () => {
    expect(countryName("es", "DE")).toBe("Alemania");
    expect(countryName("en", "DE")).toBe("Germany");
    expect(countryName("en", "ZZ")).toBe("ZZ");
  });
});
