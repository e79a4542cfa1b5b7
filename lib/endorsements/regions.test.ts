import { describe, expect, it } from "vitest";
import { countryCodes, isCountryCode, regionOf, regions } from "./regions";

describe("UNESCO regions", () => {
  it("places countries in UNESCO's groupings, not continents", () => {
    expect(regionOf("EG")).toBe("ARAB_STATES");
    expect(regionOf("SO")).toBe("ARAB_STATES");
    expect(regionOf("KE")).toBe("AFRICA");
    expect(regionOf("IL")).toBe("EUROPE_NORTH_AMERICA");
    expect(regionOf("ca")).toBe("EUROPE_NORTH_AMERICA");
    expect(regionOf("JM")).toBe("LATIN_AMERICA_CARIBBEAN");
    expect(regionOf("FJ")).toBe("ASIA_PACIFIC");
  });

  it("lists each code once, every one a valid two-letter code with a display name", () => {
    expect(new Set(countryCodes).size).toBe(countryCodes.length);
    const names = new Intl.DisplayNames(["en"], { type: "region" });
    for (const code of countryCodes) {
      expect(code).toMatch(/^[A-Z]{2}$/);
      expect(names.of(code)).not.toBe(code);
    }
    expect(countryCodes.length).toBeGreaterThan(230);
  });

  it("rejects codes it does not know", () => {
    expect(isCountryCode("ZZ")).toBe(false);
    expect(() => regionOf("ZZ")).toThrow(/Unknown country/);
    expect(regions).toHaveLength(5);
  });
});
