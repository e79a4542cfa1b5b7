import { describe, expect, it } from "vitest";
import { ipFromHeaders } from "./client-ip.server";

// Today's rule: one reverse proxy in front, so the last X-Forwarded-For entry is the one to trust.
describe("ipFromHeaders (one proxy in front)", () => {
  const ip = (headers: Record<string, string>) => ipFromHeaders(new Headers(headers));

  it("takes the entry the proxy appended, not the ones the client sent", () => {
    expect(ip({ "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    expect(ip({ "x-forwarded-for": "1.2.3.4, 5.6.7.8 , 203.0.113.7 " })).toBe("203.0.113.7");
    expect(ip({ "x-forwarded-for": "1.2.3.4,203.0.113.7", "x-real-ip": "9.9.9.9" })).toBe("203.0.113.7");
  });

  it("falls back to X-Real-IP, then to one shared key", () => {
    expect(ip({ "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(ip({ "x-forwarded-for": "1.2.3.4, ", "x-real-ip": "198.51.100.4" })).toBe("198.51.100.4");
    expect(ip({ "x-forwarded-for": "" })).toBe("local");
    expect(ip({})).toBe("local");
  });
});
