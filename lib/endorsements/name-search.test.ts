import { describe, expect, it } from "vitest";
import { nameSampleOf, pairsOf, routeOfPhrase } from "./name-search";

// A wall of 100,000 like the bench's ("bench learning network n"), sampled one in fifty.
const names = Array.from({ length: 2000 }, (_, i) => `bench learning network ${i * 50 + 7}`);
const sample = nameSampleOf(names, 100_000);
const route = (q: string) => routeOfPhrase(q.split(" "), sample, 1001);

describe("routeOfPhrase", () => {
  it("reads the wall in order for a phrase most names have, however it ends", () => {
    expect(route("bench learning")).toEqual({ kind: "ordered" });
    expect(route("bench learning n")).toEqual({ kind: "ordered" });
    expect(route("bench l")).toEqual({ kind: "ordered" });
  });

  it("goes by the rarest pair of words when the phrase is rare", () => {
    expect(route("network learning")).toEqual({ kind: "pair", pair: "network learning", prefix: true });
    expect(route("learning network 4242")).toEqual({ kind: "pair", pair: "network 4242", prefix: true });
    expect(route("bench unheard network")).toEqual({ kind: "pair", pair: "bench unheard", prefix: false });
    expect(route("bench learning network 99957 more")).toEqual({ kind: "pair", pair: "99957 more", prefix: true });
  });

  it("prefers a whole pair to a pair's start, and a longer pair, among pairs the sample cannot tell apart", () => {
    expect(route("learning zz zzz")).toEqual({ kind: "pair", pair: "learning zz", prefix: false });
    expect(route("a bb ccc dddd")).toEqual({ kind: "pair", pair: "bb ccc", prefix: false });
  });

  it("goes by a pair when the phrase is neither rare nor common, whichever reads fewer names", () => {
    // "network 4…" is in one name in nine: 9,000 read in order to find 1,001; 11,100 through the index.
    expect(route("network 4")).toEqual({ kind: "ordered" });
    // 22 in 2,000 have "network 42…": 1,100 through the index, 91,000 in order.
    expect(route("network 42")).toEqual({ kind: "pair", pair: "network 42", prefix: true });
  });

  it("counts only names where the words start a word", () => {
    // 100 in 2,000 have "ench learning" as words: 5,000 through the index, 20,020 in order. Counted
    // inside words too (all 1,000 with "…ench learning"), the phrase would look common enough to read in order.
    const words = nameSampleOf(
      [
        ...Array.from({ length: 100 }, (_, i) => `ench learning ${i}`),
        ...Array.from({ length: 900 }, (_, i) => `bench learning ${i}`),
        ...Array.from({ length: 1000 }, (_, i) => `other ${i}`),
      ],
      100_000,
    );
    expect(routeOfPhrase(["ench", "learning"], words, 1001)).toEqual({
      kind: "pair",
      pair: "ench learning",
      prefix: true,
    });
  });

  it("reads an empty wall in order", () => {
    expect(routeOfPhrase(["adult", "education"], nameSampleOf([], 0), 1001)).toEqual({ kind: "ordered" });
  });
});

describe("nameSampleOf", () => {
  it("counts a pair of neighbouring words once per name", () => {
    expect(nameSampleOf(["learning for all for all", "adult learning for all"], 2).pairs).toEqual([
      { pair: "adult learning", names: 1 },
      { pair: "all for", names: 1 },
      { pair: "for all", names: 2 },
      { pair: "learning for", names: 2 },
    ]);
    expect(pairsOf(["one"])).toEqual([]);
  });
});
