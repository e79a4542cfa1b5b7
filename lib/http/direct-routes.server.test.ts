import { afterEach, describe, expect, it } from "vitest";
import { submissionGate } from "../availability/admission";
import { directRoute } from "./direct-routes.server";

const site = "http://localhost:3000";
const route = (method: string, address: string, headers: Record<string, string> = {}) =>
  directRoute(method, new URL(address, site), new Headers(headers));

describe("the requests answered without Next.js's router (decisions 041 and 042)", () => {
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

  it("takes the endorsement form posted without JavaScript, in a language the site has, invite or not", () => {
    for (const address of ["/en/endorse", "/ar/endorse", "/fr/endorse?via=abc123"])
      expect(route("POST", address, { "content-type": "multipart/form-data; boundary=x" }), address).not.toBeNull();
  });

  it("leaves to Next.js a server action sent by fetch, other languages, other pages and GET", () => {
    for (const [method, address, headers] of [
      ["POST", "/en/endorse", { "next-action": "abc" }],
      ["POST", "/xx/endorse", {}],
      ["POST", "/en/endorse/manage", {}],
      ["POST", "/en/endorse/sent", {}],
      ["GET", "/en/endorse", {}],
    ] as const)
      expect(route(method, address, headers), `${method} ${address}`).toBeNull();
  });

  it("leaves to proxy.ts what it refuses: a cross-site post, an address over 2 KB", () => {
    expect(route("POST", "/api/confirm", { "sec-fetch-site": "cross-site" })).toBeNull();
    expect(route("POST", "/api/confirm", { origin: "https://evil.example", host: "localhost:3000" })).toBeNull();
    expect(route("GET", `/en/endorsers?q=${"a".repeat(2100)}`)).toBeNull();
    expect(route("POST", "/en/endorse", { "sec-fetch-site": "cross-site" })).toBeNull();
  });

  it("leaves to proxy.ts a form declared over the body limit, and the form's post while its door is full", async () => {
    expect(route("POST", "/en/endorse", { "content-length": String(11 * 1024 * 1024) })).toBeNull();
    const gate = submissionGate(1); // one running, five waiting
    const held: Promise<unknown>[] = [];
    let release = () => {};
    const blocked = new Promise<void>((resolve) => {
      release = resolve;
    });
    for (let i = 0; i < 6; i++) held.push(gate.run(() => blocked));
    expect(route("POST", "/en/endorse")).toBeNull();
    release();
    await Promise.all(held);
    expect(route("POST", "/en/endorse")).not.toBeNull();
  });
});

afterEach(() => {
  delete (globalThis as { weAreAleSubmissionGate?: unknown }).weAreAleSubmissionGate;
});
