import { describe, expect, it } from "vitest";
import { checkFormGuard, honeypotField, issueFormStamp, stampField } from "./form-guard.server";
import { signValue } from "./signing.server";

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
  it("draws the age limits exactly: 3 seconds to 24 hours", () => {
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 2_999) }), now)).toBe("tooFast");
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 3_000) }), now)).toBe("ok");
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 86_400_000) }), now)).toBe("ok");
    expect(checkFormGuard(form({ [stampField]: issueFormStamp(now - 86_400_001) }), now)).toBe("stale");
  });
  it("refuses a signature made for another purpose or over something that is not a time", () => {
    expect(checkFormGuard(form({ [stampField]: signValue("manage", `${now - 20_000}:abcdefghijkl`) }), now)).toBe(
      "forged",
    );
    expect(checkFormGuard(form({ [stampField]: signValue("form", "soon") }), now)).toBe("forged");
    expect(checkFormGuard(form({ [stampField]: signValue("form", String(now - 20_000)) }), now)).toBe("forged");
  });
  it("gives two forms opened in the same millisecond different stamps", () => {
    expect(issueFormStamp(now)).not.toBe(issueFormStamp(now));
  });
});
