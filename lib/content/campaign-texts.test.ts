import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { campaignTextKeys, messageAt, pageOfKey, textProblem, withTexts, wordDiff } from "./campaign-texts";

describe("campaign texts", () => {
  it("lists page copy that exists in English, once, and leaves the interface chrome out", () => {
    for (const key of campaignTextKeys) expect(typeof messageAt(en, key), key).toBe("string");
    expect(new Set(campaignTextKeys).size).toBe(campaignTextKeys.length);
    expect(campaignTextKeys).toContain("Definition.paragraph1");
    expect(campaignTextKeys).toContain("Home.figures.endorsers");
    expect(campaignTextKeys).not.toContain("Toolkit.download");
    expect(pageOfKey("Privacy.rights")?.path).toBe("/privacy");
  });

  it("writes texts into a copy of the messages", () => {
    const copy = withTexts(en, new Map([["About.text1", "New."]]));
    expect(copy.About.text1).toBe("New.");
    expect(en.About.text1).not.toBe("New.");
  });

  it("accepts plain text and the English placeholders", () => {
    expect(textProblem("Écrivez à <email>{address}</email>.", en.About.contactText)).toBeNull();
    expect(textProblem("{count, plural, one {pays} other {pays}}", en.Home.figures.countries)).toBeNull();
  });

  it("explains what is wrong", () => {
    expect(textProblem("", "x")).toMatch(/required/);
    expect(textProblem("a".repeat(5001), "x")).toMatch(/at most 5,000 characters \(now 5,001\)/);
    expect(textProblem("<b>bold</b>", "x")).toMatch(/HTML and scripts are not allowed.*<b>/);
    expect(textProblem("<img src=x onerror=alert(1)>", "x")).toMatch(/HTML and scripts are not allowed/);
    expect(textProblem("An {unclosed brace", "x")).toMatch(/Curly braces/);
    expect(textProblem("Write to us.", en.Privacy.rights)).toBe(
      "Keep the placeholders of the English text exactly: {email}.",
    );
    expect(textProblem("Hello {name}", "Hello")).toBe("This text takes no placeholders: remove the { } part.");
  });

  it("compares revisions word by word", () => {
    expect(wordDiff("We are an open alliance", "We are a global open alliance")).toEqual([
      { kind: "same", text: "We are " },
      { kind: "removed", text: "an " },
      { kind: "added", text: "a global " },
      { kind: "same", text: "open alliance" },
    ]);
    expect(wordDiff("", "New")).toEqual([{ kind: "added", text: "New" }]);
  });
});
