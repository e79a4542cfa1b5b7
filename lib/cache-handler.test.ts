import { describe, expect, it, vi } from "vitest";

vi.stubEnv("DATABASE_URL", "");
const { default: CacheHandler } = await import("./cache-handler.mjs");
const { freshAnswer, keepAnswer } = await import("./http/response-cache.mjs");

describe("the page cache of one instance", () => {
  it("holds at most 64 MB, a character counted as two bytes: the least recently used pages go first", async () => {
    const cache = new CacheHandler();
    const page = (n: number) => ({
      kind: "APP_PAGE",
      html: `${n}`.padEnd(1024 * 1024, "x"),
      rscData: Buffer.alloc(1024),
    });
    for (let n = 0; n < 120; n++) await cache.set(`/en/endorsers/e${n}`, page(n), { tags: [] });
    expect(await cache.get("/en/endorsers/e0")).toBeNull();
    expect(await cache.get("/en/endorsers/e119")).not.toBeNull();
    // 31 pages of a million characters (2 MB) and a kilobyte fit in 64 MB, and no more.
    expect(await cache.get("/en/endorsers/e89")).not.toBeNull();
    expect(await cache.get("/en/endorsers/e88")).toBeNull();
  });

  it("drops the finished answers of the instance's micro-cache on every invalidation", async () => {
    const cache = new CacheHandler();
    keepAnswer("gzip /en", {
      status: 200,
      headers: [["cache-control", "public, max-age=3"]],
      body: Buffer.from("page"),
      storedAt: Date.now(),
    });
    await cache.revalidateTag(["campaign-texts"]);
    expect(freshAnswer("gzip /en")).toBeUndefined();
  });
});
