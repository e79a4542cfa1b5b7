import { describe, expect, it } from "vitest";
import { missingPluralCategories, pluralCategories, unknownPluralCategories } from "./plural-check";

describe("plural categories per language", () => {
  it("knows Russian's four, Arabic's six and Chinese's one", () => {
    expect(pluralCategories("ru").sort()).toEqual(["few", "many", "one", "other"]);
    expect(pluralCategories("ar").sort()).toEqual(["few", "many", "one", "other", "two", "zero"]);
    expect(pluralCategories("zh")).toEqual(["other"]);
  });

  it("flags a Russian plural written the English way", () => {
    expect(missingPluralCategories("ru", ["one", "other"])).toEqual(["few", "many"]);
    expect(missingPluralCategories("ru", ["=1", "few", "many", "other"])).toEqual(["one"]);
  });

  it("accepts =0 for Arabic's zero but flags a missing two", () => {
    expect(missingPluralCategories("ar", ["=0", "one", "few", "many", "other"])).toEqual(["two"]);
    expect(missingPluralCategories("ar", ["=0", "one", "two", "few", "many", "other"])).toEqual([]);
  });

  it("does not ask for categories the site's counts never reach", () => {
    expect(missingPluralCategories("fr", ["one", "other"])).toEqual([]);
    expect(missingPluralCategories("ru", ["one", "few", "many"])).toEqual([]);
  });

  it("flags categories a language does not have", () => {
    expect(unknownPluralCategories("zh", ["one", "other", "=0"])).toEqual(["one"]);
    expect(unknownPluralCategories("fr", ["one", "many", "other"])).toEqual([]);
  });
});
