import { describe, expect, it } from "vitest";
import { directRoute } from "./direct-routes.server";

const site = "http://localhost:3000";
const route = (method: string, address: string, headers: Record<string, string> = {}) =>
  directRoute(method, new URL(address, site), new Headers(headers));

describe("the requests answered without Next.js's router (decision 041)", () => {
  it("takes a search, a filter or a deeper page of the wall, in a language the site has, by GET", () => {
    for (const address of ["/en/endorsers?q=learning", "/ar/endorsers?country=GH&type=NGO", "/fr/endorsers?after=1_x"])
      expect(route("GET", address), address).not.toBeNull();
  });

  it("leaves to Next.js the wall's shared pages, HEAD, other languages and other addresses", () => {
    for (const [method, address] of [
      ["GET", "/en/endorsers"], // the same for everyone: cached
      ["GET", "/en/endorsers?region=AFRICA"], // a region view is shared too
      ["HEAD", "/en/endorsers?q=learning"],
      ["GET", "/xx/endorsers?q=learning"],
      ["GET", "/en/endorsers/search?q=learning"],
      ["GET", "/en/endorsers/some-slug?q=x"],
      ["POST", "/en/endorsers?q=learning"],
      ["GET", "/api/confirm"],
      ["POST", "/api/reconfirm"],
    ])
      expect(route(method, address), `${method} ${address}`).toBeNull();
  });

  it("takes the confirmation button's post", () => {
    expect(route("POST", "/api/confirm", { origin: site, host: "localhost:3000" })).not.toBeNull();
  });

  it("leaves to proxy.ts what it refuses: a cross-site post, an address over 2 KB", () => {
    expect(route("POST", "/api/confirm", { "sec-fetch-site": "cross-site" })).toBeNull();
    expect(route("POST", "/api/confirm", { origin: "https://evil.example", host: "localhost:3000" })).toBeNull();
    expect(route("GET", `/en/endorsers?q=${"a".repeat(2100)}`)).toBeNull();
  });
});
