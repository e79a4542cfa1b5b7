import { describe, expect, it } from "vitest";
import { publicFieldsSchema } from "../endorsements/schema";
import { fieldErrors } from "../field-errors";
import { endorsementErrorText } from "./labels";

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
