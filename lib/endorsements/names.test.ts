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

  it("cuts a word at 255 characters, so a pair of words fits the index of word pairs (2,047 bytes)", () => {
    const key = nameKey(`A ${"㌖".repeat(113)}abc`); // "㌖" expands to six letters of three bytes each
    const words = key.split(" ");
    expect(words[0]).toBe("a");
    expect(Array.from(words[1])).toHaveLength(255);
    expect(Buffer.byteLength(words[1])).toBeLessThan(2048);
    expect(nameKey(`${"x".repeat(300)} Centre`)).toBe(`${"x".repeat(255)} centre`);
    const widest = nameKey(`${"𠀀".repeat(300)} ${"𠀀".repeat(300)}`); // four bytes a letter
    expect(Buffer.byteLength(widest)).toBeLessThanOrEqual(2047);
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
