import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signValue, verifySigned } from "./signing.server";

const secret = "unit-test-secret-0123456789abcdefghijklmnop";
const mac = (key: string, purpose: string, value: string) =>
  createHmac("sha256", key).update(`${purpose}:${value}`).digest("base64url");

describe("the HMAC signer", () => {
  beforeAll(() => {
    vi.stubEnv("AUTH_SECRET", secret); // read once by env(), before the first signature
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("appends an HMAC-SHA256 of purpose and value under AUTH_SECRET", () => {
    expect(signValue("form", "1700000000000")).toBe(`1700000000000.${mac(secret, "form", "1700000000000")}`);
  });

  it("gives back the value of an intact signature, including values that contain dots or are empty", () => {
    expect(verifySigned("form", signValue("form", "1700000000000"))).toBe("1700000000000");
    expect(verifySigned("manage", signValue("manage", "clx0abc.1700000000000"))).toBe("clx0abc.1700000000000");
    expect(verifySigned("form", signValue("form", ""))).toBe("");
  });

  it("refuses a signature made for another purpose", () => {
    expect(verifySigned("manage", signValue("form", "clx0abc.1700000000000"))).toBeNull();
    expect(verifySigned("totp-setup:staff-a", signValue("totp-setup:staff-b", "SECRET"))).toBeNull();
  });

  it("refuses forgeries: a changed value, a changed or truncated signature, another key", () => {
    const signed = signValue("form", "1700000000000");
    const signature = signed.slice(signed.indexOf(".") + 1);
    expect(verifySigned("form", `1700000000001.${signature}`)).toBeNull();
    const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    expect(verifySigned("form", `1700000000000.${flipped}`)).toBeNull();
    expect(verifySigned("form", signed.slice(0, -1))).toBeNull();
    expect(verifySigned("form", `${signed}A`)).toBeNull();
    expect(
      verifySigned("form", `1700000000000.${mac("another-secret-0123456789abcdefghij", "form", "1700000000000")}`),
    ).toBeNull();
  });

  it("refuses anything that is not a signed string", () => {
    for (const given of [undefined, null, 42, {}, ["a.b"], "", "no-dot-at-all", ".", "1700000000000."]) {
      expect(verifySigned("form", given), JSON.stringify(given)).toBeNull();
    }
  });
});
