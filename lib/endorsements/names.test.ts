import { describe, expect, it } from "vitest";
import { domainOf, nameKey, slugify } from "./names";

describe("organisation names", () => {
  it("matches names that differ only in case, accents and punctuation", () => {
    expect(nameKey("Institut de coopération pour l’éducation des adultes")).toBe(
      nameKey("INSTITUT DE COOPERATION POUR L'EDUCATION DES ADULTES"),
    );
    expect(nameKey("  Pamoja -- West   Africa ")).toBe("pamoja west africa");
  });

  it("keeps non-Latin letters", () => {
    expect(nameKey("جمعية المقاصد")).toBe("جمعية المقاصد");
    expect(slugify("جمعية المقاصد")).toBe("جمعية-المقاصد");
  });

  it("makes bounded slugs and never an empty one", () => {
    expect(slugify("DVV International – Institute (DVV)")).toBe("dvv-international-institute-dvv");
    expect(slugify("a ".repeat(100)).length).toBeLessThanOrEqual(60);
    expect(slugify("!!!")).toBe("organisation");
  });
});

describe("website domains", () => {
  it("reduces a website to its domain, and nothing to nothing", () => {
    expect(domainOf("https://www.Example.org/about")).toBe("example.org");
    expect(domainOf(undefined)).toBeNull();
    expect(domainOf(null)).toBeNull();
    expect(domainOf("")).toBeNull();
  });
});
