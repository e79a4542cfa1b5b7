import { describe, expect, it } from "vitest";
import { checkFormGuard, honeypotField, issueFormStamp, stampField } from "./form-guard.server";

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("form guard", () => {
  const now = Date.now();
  it("lets a person through after a few seconds", () => {
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 20_000) }), now)).toBe("ok");
  });
  it("stops a filled honeypot, an instant post, an old form and a forged stamp", () => {
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 20_000), [honeypotField]: "x" }), now)).toBe(
      "honeypot",
    );
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 500) }), now)).toBe("tooFast");
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 2 * 86_400_000) }), now)).toBe("stale");
    expect(checkFormGuard(form({ [stampField]: `${now - 20_000}.forged` }), now)).toBe("forged");
    expect(checkFormGuard(form({}), now)).toBe("forged");
  });
});
