import fc from "fast-check";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import { errorMessage, limits, type RawEndorsement, validateEndorsement } from "./schema";

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

describe("error messages people can act on", () => {
  it("calls an empty required field required, not too short", () => {
    for (const empty of ["", "   ", undefined]) {
      const result = validateEndorsement({ ...validRaw, name: empty, contactName: empty, contactRole: empty });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.errors).toMatchObject({ name: "required", contactName: "required", contactRole: "required" });
    }
    const short = validateEndorsement({ ...validRaw, name: "A" });
    expect(short.success || short.errors.name).toBe("tooShort");
  });

  it("says the limit of a field that is too long, in every language", () => {
    expect(errorMessage(en.Endorse.errors, "tooLong", "statement")).toBe(
      `This is too long: please write at most ${limits.statement} characters.`,
    );
    expect(errorMessage(en.Endorse.errors, "tooLong", "name")).toContain(String(limits.name));
    expect(errorMessage(en.Endorse.errors, "tooShort", "name")).toContain("2");
    for (const messages of [fr, es, ar]) {
      const text = errorMessage(messages.Endorse.errors, "tooLong", "acronym");
      expect(text).toContain(String(limits.acronym));
      expect(text).not.toContain("{");
    }
  });

  it("falls back to the required message for an unknown code and shows nothing for no code", () => {
    expect(errorMessage(en.Endorse.errors, "somethingNew", "name")).toBe(en.Endorse.errors.required);
    expect(errorMessage(en.Endorse.errors, undefined, "name")).toBeUndefined();
  });

  it("says why a form sent too fast was refused", () => {
    expect(errorMessage(en.Endorse.errors, "tooFast", "form")).toBe(
      "You sent the form within seconds of opening it; please check your details and send it again.",
    );
    for (const messages of [fr, es, ar]) {
      expect(messages.Endorse.errors.tooFast).not.toBe(en.Endorse.errors.tooFast);
      expect(messages.Endorse.errors.tooFast.length).toBeGreaterThan(60);
    }
  });
});

describe("the website is optional", () => {
  it("accepts an endorsement without a website", () => {
    for (const website of [undefined, "", "   "]) {
      const result = validateEndorsement({ ...validRaw, website });
      expect(result.success).toBe(true);
      if (result.success) expect(result.data.website).toBeUndefined();
    }
  });

  it("still checks a website that is given", () => {
    const result = validateEndorsement({ ...validRaw, website: "not a website" });
    expect(result.success || result.errors.website).toBe("invalidUrl");
    const long = validateEndorsement({ ...validRaw, website: `${"a".repeat(300)}.org` });
    expect(long.success || long.errors.website).toBe("tooLong");
  });
});
