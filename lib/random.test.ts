import { describe, expect, it } from "vitest";
import { randomBytes, randomText } from "./random";

describe("pooled random bytes", () => {
  it("never hands out the same bytes twice, across refills of the pool", () => {
    const draws = Array.from({ length: 600 }, () => Buffer.from(randomBytes(16)).toString("hex"));
    expect(new Set(draws).size).toBe(draws.length); // 9,600 bytes: the 4 KB pool refilled twice
    expect(randomBytes(5000)).toHaveLength(5000);
  });

  it("gives a copy the caller may change without touching later draws", () => {
    const first = randomBytes(8);
    first.fill(0);
    expect([...randomBytes(8)].some((byte) => byte !== 0)).toBe(true);
    expect(randomText(32)).toMatch(/^[\w-]{43}$/);
  });
});
