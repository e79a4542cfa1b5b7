import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type RawEndorsement, validateEndorsement } from "./schema";

const validRaw: RawEndorsement = {
  name: "  Asociación  de Educación Popular ",
  acronym: "AEP",
  type: "NGO_NETWORK",
  countryCode: "pe",
  city: "Cusco",
  website: "aep.example.org",
  contactName: "Rosa Quispe",
  contactRole: "Coordinator",
  contactEmail: " Rosa@Example.ORG ",
  statement: "Adult learning changed our community.\r\nWe endorse #weareALE.",
  commitments: ["3", "1", "3"],
  consentPublic: "on",
  locale: "es",
};

describe("endorsement validation", () => {
  it("normalises what people type", () => {
    const result = validateEndorsement(validRaw);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toMatchObject({
      name: "Asociación de Educación Popular",
      countryCode: "PE",
      website: "https://aep.example.org",
      contactEmail: "rosa@example.org",
      commitments: [1, 3],
      consentPublic: true,
      consentEmails: false,
      locale: "es",
    });
    expect(result.data.statement).toBe("Adult learning changed our community.\nWe endorse #weareALE.");
  });

  it("names each problem with a translatable code", () => {
    const result = validateEndorsement({
      ...validRaw,
      name: "A",
      contactEmail: "not-an-email",
      website: "javascript:alert(1)",
      countryCode: "ZZ",
      commitments: [],
      consentPublic: undefined,
      statement: "x".repeat(601),
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.errors).toEqual({
      name: "tooShort",
      contactEmail: "invalidEmail",
      website: "invalidUrl",
      countryCode: "required",
      commitments: "chooseAction",
      consentPublic: "consentRequired",
      statement: "tooLong",
    });
  });

  it("refuses control characters and unknown types", () => {
    const result = validateEndorsement({ ...validRaw, name: "Bad\u0000Name", type: "SPY" });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.errors).toMatchObject({ name: "invalidCharacters", type: "required" });
  });

  it("answers any malformed payload with validation errors, never an exception", () => {
    const anyValue = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.constant(undefined),
      fc.string({ unit: "grapheme", maxLength: 50 }),
    );
    fc.assert(
      fc.property(
        fc.record({
          name: anyValue,
          acronym: anyValue,
          type: anyValue,
          countryCode: anyValue,
          city: anyValue,
          website: anyValue,
          contactName: anyValue,
          contactRole: anyValue,
          contactEmail: anyValue,
          statement: anyValue,
          commitments: fc.option(fc.array(fc.string({ maxLength: 5 }), { maxLength: 30 }), { nil: undefined }),
          consentPublic: anyValue,
          consentEmails: anyValue,
          locale: anyValue,
        }),
        (raw) => {
          const result = validateEndorsement(raw as RawEndorsement);
          if (result.success) {
            expect(result.data.name.length).toBeLessThanOrEqual(200);
          } else {
            expect(Object.keys(result.errors).length).toBeGreaterThan(0);
            for (const code of Object.values(result.errors)) expect(code).toMatch(/^[a-zA-Z]+$/);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
