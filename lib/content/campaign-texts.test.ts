import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { adminTranslator } from "../staff/admin-language";
import {
  actionTextKey,
  campaignTextKeys,
  isCampaignTextKey,
  keyMessageIdOf,
  keyMessageTextKey,
  messageAt,
  pageOfKey,
  textProblem,
  withTexts,
  wordDiff,
} from "./campaign-texts";

describe("campaign texts", () => {
  it("lists page copy that exists in English, once, and leaves the interface chrome out", () => {
    // The actions' words come from the campaign's documents, not from the message files (decision 029).
    const fromMessages = campaignTextKeys.filter((key) => !key.startsWith("action."));
    for (const key of fromMessages) expect(typeof messageAt(en, key), key).toBe("string");
    expect(new Set(campaignTextKeys).size).toBe(campaignTextKeys.length);
    expect(campaignTextKeys).toContain("Definition.paragraph1");
    expect(campaignTextKeys).toContain("Home.figures.endorsers");
    expect(campaignTextKeys).not.toContain("Toolkit.download");
    expect(pageOfKey("Privacy.rights")?.path).toBe("/privacy");
  });

  it("names the actions' and key messages' texts, and previews them on their page", () => {
    expect(campaignTextKeys.filter((key) => key.startsWith("action."))).toHaveLength(18);
    expect(pageOfKey(actionTextKey(6, "body"))?.id).toBe("call-to-action");
    expect(pageOfKey("CallToAction.horizons.LONGER_TERM")?.id).toBe("call-to-action");
    const key = keyMessageTextKey("clx1abc");
    expect(keyMessageIdOf(key)).toBe("clx1abc");
    expect(isCampaignTextKey(key)).toBe(true);
    expect(pageOfKey(key)?.id).toBe("home");
    for (const bad of ["keyMessage.", "keyMessage.a.b", "keyMessage.<x>", "keyMessages.abc", "action.10.title"]) {
      expect(isCampaignTextKey(bad), bad).toBe(false);
    }
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
    expect(textProblem("Hello {name}", "Hello")).toBe(
      "This text takes no placeholders: remove the part in curly braces.",
    );
  });

  it("explains it in the staff member's language", () => {
    expect(textProblem("", "x", adminTranslator("fr"))).toBe(
      "Ce texte est obligatoire : rédigez-le, ou restaurez une version antérieure.",
    );
    expect(textProblem("a".repeat(5001), "x", adminTranslator("es"))).toBe(
      "Escribe como máximo 5000 caracteres (ahora 5001).",
    );
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
