import { describe, expect, it } from "vitest";
import { parseProgress } from "./progress";

describe("the progress form", () => {
  it("accepts a state with an optional description and an http or https link", () => {
    expect(
      parseProgress({ actionNumber: "3", state: "DONE", note: "  Done in May  ", link: "https://x.org/a" }),
    ).toEqual({
      input: { actionNumber: 3, state: "DONE", note: "Done in May", link: "https://x.org/a" },
      errors: {},
    });
    expect(parseProgress({ actionNumber: "3", state: "STARTED", note: "", link: " " }).input).toEqual({
      actionNumber: 3,
      state: "STARTED",
      note: undefined,
      link: undefined,
    });
  });

  it("names each problem by a message key", () => {
    expect(parseProgress({ actionNumber: "10", state: "DONE" }).errors).toEqual({ actionNumber: "unknownAction" });
    expect(parseProgress({ actionNumber: "x", state: "DONE" }).errors).toEqual({ actionNumber: "unknownAction" });
    expect(parseProgress({ actionNumber: "1", state: "FINISHED" }).errors).toEqual({ state: "unknownState" });
    expect(parseProgress({ actionNumber: "1", state: "DONE", note: "a".repeat(281) }).errors).toEqual({
      note: "noteTooLong",
    });
    expect(parseProgress({ actionNumber: "1", state: "DONE", note: "a".repeat(280) }).errors).toEqual({});
    expect(parseProgress({ actionNumber: "1", state: "DONE", note: "bell \u0007" }).errors).toEqual({
      note: "invalidCharacters",
    });
  });

  it("refuses a link that is not a web address: javascript:, data:, ftp:, no host", () => {
    for (const link of ["javascript:alert(1)", "data:text/html,x", "ftp://example.org/x", "https://", "example.org"])
      expect(parseProgress({ actionNumber: "1", state: "DONE", link }).errors, link).toEqual({ link: "linkInvalid" });
    expect(
      parseProgress({ actionNumber: "1", state: "DONE", link: `https://x.org/${"a".repeat(300)}` }).errors,
    ).toEqual({
      link: "linkInvalid",
    });
  });
});
