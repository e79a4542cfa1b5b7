import { describe, expect, it } from "vitest";
import { randomBytes, randomText } from "./random";

describe("pooled random bytes", () => {
  it("never hands out the same bytes twice, across refills of the pool", () => {
    const draws = Array.from({ length: 600 }, () => Buffer.from(randomBytes(16)).toString("hex"));
    expect(new Set(draws).size).toBe(draws.length); // 9,600 bytes: the 4 KB pool refilled twice
    expect(randomBytes(5000)).toHaveLength(5000);
  });

  it("gives Buffers of the size asked, and base64url text", () => {
    expect([1, 12, 32, 4096].map((size) => [Buffer.isBuffer(randomBytes(size)), randomBytes(size).length])).toEqual([
      [true, 1],
      [true, 12],
      [true, 32],
      [true, 4096],
    ]);
    expect(randomText(32)).toMatch(/^[\w-]{43}$/);
  });
});
