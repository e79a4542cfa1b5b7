import { describe, expect, it } from "vitest";
import { formBodyLimitBytes } from "../media/upload-limits";
import { isCrossSiteWrite, isOversizedFormPost, isOversizedUrl, maxUrlLength } from "./request-guard";

function request(method: string, headers: Record<string, string> = {}, url = "https://we-are-ale.org/en/endorse") {
  return new Request(url, { method, headers });
}

describe("isCrossSiteWrite", () => {
  it("never blocks a read, whatever the headers say", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) {
      expect(
        isCrossSiteWrite(request(method, { "sec-fetch-site": "cross-site", origin: "https://evil.example" })),
      ).toBe(false);
    }
  });

  it("judges a write by Sec-Fetch-Site when the browser sends it, ignoring Origin", () => {
    const verdict = (site: string, origin?: string) =>
      isCrossSiteWrite(request("POST", { "sec-fetch-site": site, host: "we-are-ale.org", ...(origin && { origin }) }));
    expect(verdict("same-origin")).toBe(false);
    expect(verdict("none")).toBe(false); // typed in the address bar, a bookmark
    expect(verdict("cross-site")).toBe(true);
    expect(verdict("same-site")).toBe(true); // a sibling subdomain is another site for our forms
    expect(verdict("same-origin", "https://evil.example")).toBe(false);
    expect(verdict("cross-site", "https://we-are-ale.org")).toBe(true);
  });

  it("falls back to comparing Origin with Host when Sec-Fetch-Site is absent", () => {
    const verdict = (headers: Record<string, string>) => isCrossSiteWrite(request("POST", headers));
    expect(verdict({ origin: "https://we-are-ale.org", host: "we-are-ale.org" })).toBe(false);
    expect(verdict({ origin: "https://evil.example", host: "we-are-ale.org" })).toBe(true);
    expect(verdict({ origin: "https://we-are-ale.org:8443", host: "we-are-ale.org" })).toBe(true);
    expect(verdict({ origin: "http://localhost:3000", host: "localhost:3000" })).toBe(false);
  });

  it("prefers X-Forwarded-Host (set by the reverse proxy) over Host", () => {
    const verdict = (headers: Record<string, string>) => isCrossSiteWrite(request("POST", headers));
    expect(
      verdict({ origin: "https://we-are-ale.org", host: "127.0.0.1:3000", "x-forwarded-host": "we-are-ale.org" }),
    ).toBe(false);
    expect(
      verdict({ origin: "https://we-are-ale.org", host: "we-are-ale.org", "x-forwarded-host": "other.example" }),
    ).toBe(true);
  });

  it("lets a write without Origin through (scripts and servers carry no ambient cookies)", () => {
    expect(isCrossSiteWrite(request("POST", { host: "we-are-ale.org" }))).toBe(false);
    expect(isCrossSiteWrite(request("DELETE"))).toBe(false);
  });

  it("blocks an opaque or malformed Origin", () => {
    expect(isCrossSiteWrite(request("POST", { origin: "null", host: "we-are-ale.org" }))).toBe(true);
    expect(isCrossSiteWrite(request("PUT", { origin: "not a url", host: "we-are-ale.org" }))).toBe(true);
  });
});

describe("isOversizedUrl", () => {
  it("accepts a URL of exactly the limit and refuses one character more", () => {
    const base = "https://we-are-ale.org/en/endorsers?q=";
    const atLimit = base + "a".repeat(maxUrlLength - base.length);
    expect(atLimit).toHaveLength(2048);
    expect(isOversizedUrl(request("GET", {}, atLimit))).toBe(false);
    expect(isOversizedUrl(request("GET", {}, `${atLimit}a`))).toBe(true);
    expect(isOversizedUrl(request("GET", {}, "https://we-are-ale.org/"))).toBe(false);
  });
});

describe("isOversizedFormPost", () => {
  const post = (length: number | null, method = "POST") =>
    new Request("https://we-are-ale.org/en/endorse", {
      method,
      headers: length === null ? {} : { "content-length": String(length) },
    });

  it("refuses a form post declared over the body limit, before reading it", () => {
    expect(isOversizedFormPost(post(formBodyLimitBytes + 1))).toBe(true);
  });

  it("lets a post at the limit, or with no declared length, reach the form reader", () => {
    expect(isOversizedFormPost(post(formBodyLimitBytes))).toBe(false);
    expect(isOversizedFormPost(post(null))).toBe(false);
  });

  it("only judges posts", () => {
    expect(isOversizedFormPost(post(formBodyLimitBytes + 1, "PUT"))).toBe(false);
  });
});
