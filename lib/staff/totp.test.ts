import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, matchTotp, newTotpSecret, totpCode, totpStep } from "./totp";

describe("TOTP", () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"; the RFC lists 8 digits, we keep the last 6.
  const rfcSecret = base32Encode(Buffer.from("12345678901234567890"));
  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1111111111, "050471"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("matches the RFC vector at %i s", (seconds, code) => {
    expect(totpCode(rfcSecret, totpStep(seconds * 1000))).toBe(code);
  });

  it("round-trips base32", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 17, 99]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
  });

  it("accepts the current code once and one step of drift, refuses replays and others", () => {
    const secret = newTotpSecret();
    const now = Date.now();
    const step = totpStep(now);
    expect(matchTotp(secret, totpCode(secret, step), null, now)).toBe(step);
    expect(matchTotp(secret, totpCode(secret, step - 1), null, now)).toBe(step - 1);
    expect(matchTotp(secret, totpCode(secret, step), step, now)).toBeNull();
    expect(matchTotp(secret, totpCode(secret, step - 3), null, now)).toBeNull();
    expect(matchTotp(secret, "12345", null, now)).toBeNull();
  });
});
