import { describe, expect, it } from "vitest";
import { isSharedPublicGet, publicCacheControl } from "./http-cache";

const shared = (address: string, method = "GET") => isSharedPublicGet(method, new URL(address, "https://x.org"));

describe("answers the same for every visitor", () => {
  it("says N seconds, stale for 2N while refreshing and 5N on errors", () => {
    expect(publicCacheControl).toBe("public, max-age=3, s-maxage=3, stale-while-revalidate=6, stale-if-error=15");
  });

  it("covers public pages, the unfiltered wall, its region views and the open data", () => {
    for (const address of [
      "/en",
      "/ar/what-is-ale",
      "/fr/endorsers",
      "/es/endorsers?region=AFRICA",
      "/en/endorsers/some-slug",
      "/en/endorsers/map.svg",
      "/api/endorsers/json",
      "/api/endorsers/csv",
    ])
      expect(shared(address), address).toBe(true);
    expect(shared("/en/endorsers", "HEAD")).toBe(true);
  });

  it("leaves out searches, filters, deep pages, forms, staff pages and writes", () => {
    for (const address of [
      "/en/endorsers?q=learning",
      "/en/endorsers?region=AFRICA&country=GH",
      "/en/endorsers?type=NGO_NETWORK",
      "/en/endorsers?after=1700000000000_abc",
      "/en/endorsers?region=",
      "/en/endorsers/search?q=learning",
      "/en/endorse",
      "/en/endorse/confirm?token=abc",
      "/en/endorse/manage",
      "/admin",
      "/admin/endorsements",
      "/api/manage",
      "/api/auth/session",
      "/media/0123",
      "/badge.svg",
    ])
      expect(shared(address), address).toBe(false);
    expect(shared("/en", "POST")).toBe(false);
  });
});
