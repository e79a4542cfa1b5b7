import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicCacheControl } from "../cache/http-cache";
import { answerFromCache, dropAllAnswers, freshAnswer } from "./response-cache.mjs";
import {
  keptScriptAttribute,
  needsScripts,
  scriptlessBody,
  scriptlessHeader,
  sendScriptless,
  withoutScripts,
} from "./scriptless-pages.mjs";

const page = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/x.js"/><script src="/_next/static/chunks/y.js" async=""></script></head><body><main><h1>Wall</h1><p hidden data-local-time=""></p><script src="/scripts/local-time.js" defer="" ${keptScriptAttribute}=""></script></main><script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script></body></html>`;
const plain = `<!DOCTYPE html><html><head><link rel="stylesheet" href="/a.css"/></head><body><main><h1>Wall</h1><p hidden data-local-time=""></p><script src="/scripts/local-time.js" defer="" ${keptScriptAttribute}=""></script></main></body></html>`;

/** The compression middleware Next.js itself wraps its responses in. */
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (
  req: IncomingMessage,
  res: ServerResponse,
  next: () => void,
) => void;

describe("a page without React's scripts", () => {
  it("loses every script and script preload but the ones marked as ours", () => {
    expect(withoutScripts(page)).toBe(plain);
  });

  it("keeps its scripts when content streamed in late waits for one to show it", () => {
    expect(needsScripts('<template id="B:0"></template><div hidden id="S:0"><p>late</p></div>')).toBe(true);
    expect(needsScripts(page)).toBe(false);
  });

  it("is read and written back in the answer's encoding, and left alone when it cannot be read", () => {
    expect(gunzipSync(scriptlessBody(gzipSync(page), "gzip") as Buffer).toString()).toBe(plain);
    expect(scriptlessBody(Buffer.from(page), "identity")?.toString()).toBe(plain);
    expect(scriptlessBody(Buffer.from(page), "br")).toBeNull();
    expect(scriptlessBody(Buffer.from("not gzip"), "gzip")).toBeNull();
  });
});

describe("answers sent through sendScriptless and Next.js's compression", () => {
  type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  let handler: Handler = () => {};
  const server = createServer((req, res) =>
    answerFromCache(req, res, () => sendScriptless(req, res, () => compression()(req, res, () => handler(req, res)))),
  );
  let origin = "";
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  /** Streams `page` in three chunks as Next.js does: headers flushed before the first. */
  const streamed =
    (headers: Record<string, string>, status = 200): Handler =>
    (_req, res) => {
      res.statusCode = status;
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      res.flushHeaders();
      const third = Math.ceil(page.length / 3);
      res.write(page.slice(0, third));
      setTimeout(() => {
        res.write(page.slice(third, 2 * third));
        res.end(page.slice(2 * third));
      }, 5);
    };
  const shared = { "content-type": "text/html; charset=utf-8", "cache-control": publicCacheControl };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(origin + path, { headers });

  it("sends a shared public page whole, without scripts, gzipped with its true length, and keeps that", async () => {
    dropAllAnswers();
    handler = streamed(shared);
    const response = await get("/en/shared", { "accept-encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    const body = await response.text(); // fetch decodes it
    expect(body).toBe(plain);
    expect(Number(response.headers.get("content-length"))).toBe(gzipSync(plain).length);
    expect(gunzipSync(freshAnswer("gzip /en/shared")?.body as Buffer).toString()).toBe(plain);
    const identity = await get("/en/shared-identity", { "accept-encoding": "identity" });
    expect(identity.headers.get("content-encoding")).toBeNull();
    expect(await identity.text()).toBe(plain);
    expect(identity.headers.get("content-length")).toBe(String(Buffer.byteLength(plain)));
  });

  it("leaves scripts on private pages, errors, client-router payloads and HEAD requests", async () => {
    dropAllAnswers();
    handler = streamed({ ...shared, "cache-control": "private, no-store" });
    expect(await (await get("/en/endorse", { "accept-encoding": "gzip" })).text()).toBe(page);
    handler = streamed(shared, 404);
    expect(await (await get("/en/missing")).text()).toBe(page);
    handler = streamed(shared);
    expect(await (await get("/en/rsc", { rsc: "1" })).text()).toBe(page);
    // An empty header is none to Next.js, which renders the page everyone gets: sent without scripts,
    // as the shared copy in nginx's cache must be.
    expect(await (await get("/en/empty-rsc", { rsc: "", "next-action": "" })).text()).toBe(plain);
    handler = streamed({ ...shared, "content-type": "application/json" });
    expect(await (await get("/api/thing")).text()).toBe(page);
  });

  it("sends a page the app marked without scripts, for a GET and a form posted without JavaScript", async () => {
    dropAllAnswers();
    const form = { ...shared, "cache-control": "private, no-store", [scriptlessHeader]: "1" };
    handler = streamed(form);
    const shown = await get("/en/endorse", { "accept-encoding": "gzip" });
    expect(await shown.text()).toBe(plain);
    expect(shown.headers.get(scriptlessHeader)).toBeNull();
    expect(freshAnswer("gzip /en/endorse")).toBeUndefined(); // private stays private
    const posted = await fetch(`${origin}/en/endorse`, { method: "POST", body: "name=x" });
    expect(await posted.text()).toBe(plain);
    expect(posted.headers.get(scriptlessHeader)).toBeNull();
    // React's own form post (a fetch that wants the action's answer) and an error page are untouched.
    const action = await fetch(`${origin}/en/endorse`, { method: "POST", body: "x", headers: { "next-action": "1" } });
    expect(await action.text()).toBe(page);
    handler = streamed(form, 500);
    const failed = await get("/en/endorse");
    expect(await failed.text()).toBe(page);
    expect(failed.headers.get(scriptlessHeader)).toBeNull();
  });

  it("answers a page that ends without a write, set with writeHead", async () => {
    handler = (_req, res) => {
      res.writeHead(200, shared);
      res.end(page);
    };
    const response = await get("/en/whole", { "accept-encoding": "gzip" });
    expect(await response.text()).toBe(plain);
  });
});
