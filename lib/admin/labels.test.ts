import { describe, expect, it } from "vitest";
import { publicFieldsSchema } from "../endorsements/schema";
import { commands } from "../endorsements/transitions";
import { fieldErrors } from "../field-errors";
import { accountChanges } from "../staff/accounts.server";
import { auditActionLabels, endorsementErrorText, excerpt, waitedFor } from "./labels";

describe("staff edit form errors", () => {
  it("say what the public form says: required when empty, and the limit when too long", () => {
    const parsed = publicFieldsSchema.safeParse({
      name: "",
      type: "ALE_PROVIDER",
      countryCode: "KE",
      city: "x".repeat(101),
      website: "",
      statement: "y".repeat(601),
    });
    if (parsed.success) throw new Error("expected errors");
    expect(endorsementErrorText(fieldErrors(parsed.error))).toEqual({
      name: "Please fill this in.",
      city: "This is too long: please write at most 100 characters.",
      statement: "This is too long: please write at most 600 characters.",
    });
  });
});

describe("queue cells", () => {
  const now = new Date("2026-12-02T12:00:00Z");
  it("say how long an endorsement has waited", () => {
    expect(waitedFor(new Date("2026-12-02T11:20:00Z"), now)).toBe("40 min");
    expect(waitedFor(new Date("2026-12-01T07:00:00Z"), now)).toBe("29 h");
    expect(waitedFor(new Date("2026-11-28T12:00:00Z"), now)).toBe("4 days");
  });

  it("cut a long statement at a word", () => {
    expect(excerpt("Learning  changes\nlives.")).toBe("Learning changes lives.");
    expect(excerpt(`${"word ".repeat(40)}end`, 20)).toBe("word word word word…");
    expect(excerpt(null)).toBe("");
  });
});

describe("audit action names", () => {
  it("name every endorsement command and every staff account change in words", () => {
    for (const action of [...commands.map((c) => `endorsement.${c}`), ...accountChanges.map((c) => `staff.${c}`)])
      expect(auditActionLabels[action], action).toMatch(/^[A-Z][a-z]/);
  });
});
