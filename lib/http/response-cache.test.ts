import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { publicCacheControl } from "../cache/http-cache";
import {
  answerFromCache,
  answerKey,
  dropAllAnswers,
  freshAnswer,
  keepAnswer,
  revalidationKey,
} from "./response-cache.mjs";

const answer = (headers: [string, string][], status = 200) => ({
  status,
  headers,
  body: Buffer.from("<p>page</p>"),
  storedAt: Date.now(),
});

beforeEach(() => dropAllAnswers());

describe("which requests may be answered from the instance's cache", () => {
  const get = (headers: Record<string, string> = {}) => ({ method: "GET", url: "/en", headers });

  it("keys an anonymous GET by the encodings it accepts (the app may answer gzip or br)", () => {
    expect(answerKey(get({ "accept-encoding": "gzip, deflate, br" }))).toBe("br,deflate,gzip /en");
    expect(answerKey(get({ "accept-encoding": "br, GZIP,deflate" }))).toBe("br,deflate,gzip /en");
    expect(answerKey(get({ "accept-encoding": "gzip" }))).toBe("gzip /en");
    expect(answerKey(get())).toBe("identity /en");
  });

  it("leaves personal, partial, conditional and client-router requests to Next.js", () => {
    for (const header of ["cookie", "authorization", "range", "if-none-match", "rsc", "next-router-prefetch"])
      expect(answerKey(get({ [header]: "1" })), header).toBeNull();
    expect(answerKey({ method: "HEAD", url: "/en", headers: {} })).toBeNull();
    expect(answerKey({ method: "POST", url: "/en", headers: {} })).toBeNull();
    expect(answerKey(get({ "accept-encoding": "gzip;q=0, identity" }))).toBeNull();
  });

  it("keys a reload (If-None-Match) as the request it repeats, unless it is personal", () => {
    expect(revalidationKey(get({ "if-none-match": '"a"', "accept-encoding": "gzip" }))).toBe("gzip /en");
    expect(revalidationKey(get({ "if-none-match": '"a"', "if-modified-since": "Sat, 05 Dec 2026 10:00:00 GMT" }))).toBe(
      "identity /en",
    );
    expect(revalidationKey(get({ "if-none-match": '"a"', cookie: "s=1" }))).toBeNull();
    expect(revalidationKey(get({ "if-none-match": '"a"', range: "bytes=0-9" }))).toBeNull();
    expect(revalidationKey(get({ "if-modified-since": "Sat, 05 Dec 2026 10:00:00 GMT" }))).toBeNull();
    expect(revalidationKey(get())).toBeNull();
  });
});

describe("which answers are kept", () => {
  it("keeps a 200 the app marked public, for at most a second", () => {
    const now = Date.now();
    expect(keepAnswer("k", { ...answer([["cache-control", publicCacheControl]]), storedAt: now })).toBe(true);
    expect(freshAnswer("k", now + 999)?.body.toString()).toBe("<p>page</p>");
    expect(freshAnswer("k", now + 1000)).toBeUndefined();
  });

  it("never keeps a private, uncacheable, cookie-setting or unsuccessful answer", () => {
    expect(keepAnswer("a", answer([["cache-control", "private, no-store"]]))).toBe(false);
    expect(keepAnswer("b", answer([["cache-control", "public, no-cache"]]))).toBe(false);
    expect(
      keepAnswer(
        "c",
        answer([
          ["cache-control", publicCacheControl],
          ["set-cookie", "s=1"],
        ]),
      ),
    ).toBe(false);
    expect(keepAnswer("d", answer([["cache-control", publicCacheControl]], 404))).toBe(false);
    expect(keepAnswer("e", answer([]))).toBe(false);
    for (const key of ["a", "b", "c", "d", "e"]) expect(freshAnswer(key)).toBeUndefined();
  });

  it("is emptied by an invalidation", () => {
    keepAnswer("k", answer([["cache-control", publicCacheControl]]));
    dropAllAnswers();
    expect(freshAnswer("k")).toBeUndefined();
  });

  it("stays within its number of entries", () => {
    for (let i = 0; i < 2100; i++) keepAnswer(`k${i}`, answer([["cache-control", publicCacheControl]]));
    expect(freshAnswer("k0")).toBeUndefined();
    expect(freshAnswer("k2099")).toBeDefined();
  });
});

describe("a server with the cache in front", () => {
  let rendered = 0;
  let url = "";
  const server = createServer((req: IncomingMessage, res: ServerResponse) =>
    answerFromCache(req, res, () => {
      rendered++;
      const path = req.url ?? "";
      res.setHeader("Cache-Control", path.startsWith("/private") ? "private, no-store" : publicCacheControl);
      if (path.startsWith("/cookie")) res.setHeader("Set-Cookie", "session=1");
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Type", path.startsWith("/data") ? "application/json" : "text/html; charset=utf-8");
      res.setHeader("ETag", `"${path}"`);
      const finish = (end: () => void) => setTimeout(end, path.startsWith("/slow") ? 100 : 0);
      // As Next.js does for a page whose ETag the reload names.
      if (path.endsWith("-304") && req.headers["if-none-match"] === `"${path}"`) {
        res.statusCode = 304;
        return finish(() => res.end());
      }
      // Written in two chunks, compressed, as Next.js streams a page.
      const body = gzipSync(`<html>${path}</html>`);
      res.write(body.subarray(0, 5));
      finish(() => res.end(body.subarray(5)));
    }),
  );
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));
  beforeEach(() => {
    rendered = 0;
  });

  const read = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, { headers: { "accept-encoding": "gzip", ...headers } });
    return { response, text: await response.text() };
  };

  it("renders a shared page once and sends the same compressed bytes again", async () => {
    const first = await read("/en");
    const second = await read("/en");
    expect(rendered).toBe(1);
    expect(second.text).toBe("<html>/en</html>");
    expect(second.text).toBe(first.text);
    expect(second.response.headers.get("x-origin-cache")).toBe("HIT");
    expect(second.response.headers.get("cache-control")).toBe(publicCacheControl);
  });

  it("renders again for a visitor with a cookie, a private page or one that sets a cookie", async () => {
    await read("/fr");
    await read("/fr", { cookie: "authjs.session-token=x" });
    await read("/private");
    await read("/private");
    await read("/cookie");
    await read("/cookie");
    expect(rendered).toBe(6);
  });

  it("renders a page once for a crowd that asks while it renders", async () => {
    const crowd = await Promise.all(Array.from({ length: 20 }, () => read("/slow")));
    expect(rendered).toBe(1);
    expect(new Set(crowd.map(({ text }) => text))).toEqual(new Set(["<html>/slow</html>"]));
  });

  it("does not keep a page whose render began before an invalidation", async () => {
    const during = read("/slow-changed");
    await new Promise((resolve) => setTimeout(resolve, 20));
    dropAllAnswers();
    await during;
    await read("/slow-changed");
    expect(rendered).toBe(2);
  });

  it("tells a reload naming the kept answer's ETag that nothing changed, without rendering", async () => {
    await read("/de");
    for (const tag of ['"/de"', 'W/"/de"', '"old", "/de"']) {
      const { response, text } = await read("/de", { "if-none-match": tag });
      expect(response.status, tag).toBe(304);
      expect(text).toBe("");
      expect(response.headers.get("etag")).toBe('"/de"');
      expect(response.headers.get("cache-control")).toBe(publicCacheControl);
      expect(response.headers.get("content-encoding")).toBeNull();
      expect(response.headers.get("x-origin-cache")).toBe("HIT");
    }
    expect(rendered).toBe(1);
  });

  it("keeps the app's 304 for a crowd reloading a page nobody else asked for", async () => {
    const reload = { "if-none-match": '"/nl-304"' };
    await read("/nl-304", reload); // the app answers 304 to a reload naming its ETag
    const crowd = await Promise.all(Array.from({ length: 10 }, () => read("/nl-304", reload)));
    expect(crowd.map(({ response }) => response.status)).toEqual(Array(10).fill(304));
    expect(rendered).toBe(1);
    const page = await read("/nl-304"); // a 304 stands for its ETag only: a visitor without one gets the page
    expect(page.text).toBe("<html>/nl-304</html>");
    expect(rendered).toBe(2);
  });

  it("renders once for visitors who waited behind a reload the app answered 304", async () => {
    const reload = read("/slow-304", { "if-none-match": '"/slow-304"' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const crowd = await Promise.all(Array.from({ length: 20 }, () => read("/slow-304")));
    expect((await reload).response.status).toBe(304);
    expect(new Set(crowd.map(({ text }) => text))).toEqual(new Set(["<html>/slow-304</html>"]));
    expect(rendered).toBe(2);
  });

  it("keeps the page, not a bare 304, when the app's 304 names the page's ETag", async () => {
    const page = {
      ...answer([
        ["cache-control", publicCacheControl],
        ["etag", '"/pl-304"'],
      ]),
      storedAt: Date.now() - 1500,
    };
    keepAnswer("gzip /pl-304", page); // kept, and no longer fresh
    expect((await read("/pl-304", { "if-none-match": '"/pl-304"' })).response.status).toBe(304);
    expect(rendered).toBe(1);
    const again = await read("/pl-304");
    expect([again.text, again.response.headers.get("x-origin-cache")]).toEqual(["<p>page</p>", "HIT"]);
    expect(rendered).toBe(1);
  });

  it("sends the kept page to a crowd reloading an HTML page with the ETag of an older version", async () => {
    const reload = { "if-none-match": '"/sv-before-the-change"' };
    const crowd = await Promise.all(Array.from({ length: 10 }, () => read("/slow-sv", reload)));
    const later = await read("/slow-sv", reload);
    expect([...crowd, later].map(({ response, text }) => [response.status, text])).toEqual(
      Array(11).fill([200, "<html>/slow-sv</html>"]),
    );
    expect(later.response.headers.get("x-origin-cache")).toBe("HIT");
    expect(later.response.headers.get("etag")).toBe('"/slow-sv"');
    expect(rendered).toBe(1);
  });

  it("leaves every other reload to the app: another open-data ETag, nothing kept, a cookie, after an invalidation", async () => {
    await read("/it");
    await read("/data.json");
    const others = [
      await read("/data.json", { "if-none-match": '"/data-other-encoding"' }),
      await read("/pt", { "if-none-match": '"/pt"' }),
      await read("/it", { "if-none-match": '"/it"', cookie: "authjs.session-token=x" }),
      await read("/it", { "if-none-match": '"/it"', "accept-encoding": "br" }),
    ];
    dropAllAnswers();
    others.push(await read("/it", { "if-none-match": '"/it"' }));
    expect(others.map(({ response }) => [response.status, response.headers.get("x-origin-cache")])).toEqual(
      Array(5).fill([200, null]),
    );
    expect(rendered).toBe(7);
  });

  it("renders again after an invalidation", async () => {
    await read("/es");
    dropAllAnswers();
    await read("/es");
    expect(rendered).toBe(2);
  });
});
