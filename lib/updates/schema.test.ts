import { describe, expect, it } from "vitest";
import { parseUpdateForm, updateLimits } from "./schema";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};
const english = { "subject-en": "Five years of ALE", "body-en": "We **met** in Geneva." };

describe("campaign update form", () => {
  it("needs the English subject and text", () => {
    expect(parseUpdateForm(form({})).errors).toEqual({ "subject-en": "required", "body-en": "required" });
    expect(parseUpdateForm(form({ "subject-en": "  ", "body-en": "Text" })).errors).toEqual({
      "subject-en": "required",
    });
  });

  it("refuses a huge text and a language with only a subject", () => {
    const huge = parseUpdateForm(form({ ...english, "body-en": "x".repeat(updateLimits.body + 1) }));
    expect(huge.errors).toEqual({ "body-en": "tooLong" });
    const half = parseUpdateForm(form({ ...english, "subject-fr": "Cinq ans" }));
    expect(half.errors).toEqual({ "body-fr": "bothOrNone" });
  });

  it("refuses an audience naming anything unknown", () => {
    for (const key of ["region:MARS", "type:ROBOT", "action:10", "locale:de", "planet:EARTH"])
      expect(parseUpdateForm(form({ ...english, [key]: "on" })).errors, key).toEqual({ audience: "unknownAudience" });
  });

  it("keeps the languages written in full and the audience ticked", () => {
    const parsed = parseUpdateForm(
      form({
        ...english,
        "subject-fr": "Cinq ans",
        "body-fr": "Nous nous sommes **réunis**.",
        "region:AFRICA": "on",
        "type:NGO_NETWORK": "on",
        "action:3": "on",
        "locale:fr": "on",
      }),
    );
    expect(parsed.data).toEqual({
      translations: [
        { locale: "en", subject: "Five years of ALE", body: "We **met** in Geneva." },
        { locale: "fr", subject: "Cinq ans", body: "Nous nous sommes **réunis**." },
      ],
      audience: { regions: ["AFRICA"], types: ["NGO_NETWORK"], actions: [3], locales: ["fr"] },
    });
  });
});
