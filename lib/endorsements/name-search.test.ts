import { describe, expect, it } from "vitest";
import { nameSampleOf, routeOfPhrase } from "./name-search";

// A wall of 100,000 like the bench's ("bench learning network n"), sampled one in fifty.
const names = Array.from({ length: 2000 }, (_, i) => `bench learning network ${i * 50 + 7}`);
const sample = nameSampleOf(names, 100_000);
const route = (q: string) => routeOfPhrase(q.split(" "), sample, 1001);

describe("routeOfPhrase", () => {
  it("reads the wall in order for a phrase most names share, however it ends", () => {
    expect(route("bench learning")).toEqual({ kind: "ordered" });
    expect(route("bench learning n")).toEqual({ kind: "ordered" });
    expect(route("bench l")).toEqual({ kind: "ordered" });
  });

  it("goes by the rarest word when the phrase is rare", () => {
    expect(route("learning network 4242")).toEqual({ kind: "word", word: "4242", prefix: true });
    expect(route("network zz")).toEqual({ kind: "word", word: "zz", prefix: true });
    expect(route("bench unheard network")).toEqual({ kind: "word", word: "unheard", prefix: false });
    expect(route("bencher learning")).toEqual({ kind: "firstWord", word: "bencher" });
    expect(route("qqqq learning")).toEqual({ kind: "firstWord", word: "qqqq" });
  });

  it("prefers a whole word to a word start, and a longer word, among words the sample cannot tell apart", () => {
    expect(route("learning zzz zz")).toEqual({ kind: "word", word: "zzz", prefix: false });
    expect(route("learning zz zzz")).toEqual({ kind: "word", word: "zz", prefix: false });
    expect(route("learning zz zzzz network")).toEqual({ kind: "word", word: "zzzz", prefix: false });
  });

  it("never goes in by a first word the trigram index cannot find", () => {
    expect(route("qq learning")).toEqual({ kind: "ordered" }); // the index would not read fewer
    expect(route("qq zz")).toEqual({ kind: "word", word: "zz", prefix: true });
  });

  it("reads in order when every word is in most names, even if the phrase is in none", () => {
    expect(route("network learning")).toEqual({ kind: "ordered" });
  });

  it("goes by a word when the phrase is neither rare nor common, whichever reads fewer names", () => {
    // "network 4…" is in one name in nine: 9,000 read in order to find 1,001; 11,111 through the index.
    expect(route("network 4")).toEqual({ kind: "ordered" });
    // 22 in 2,000 start a word with "42": 1,100 through the index, 91,000 in order.
    expect(route("network 42")).toEqual({ kind: "word", word: "42", prefix: true });
  });

  it("reads an empty wall in order", () => {
    expect(routeOfPhrase(["adult", "education"], nameSampleOf([], 0), 1001)).toEqual({ kind: "ordered" });
  });

  it("counts a word once per name, whatever the order of the names", () => {
    expect(nameSampleOf(["learning for all for all", "adult learning"], 2).words).toEqual([
      { word: "adult", names: 1 },
      { word: "all", names: 1 },
      { word: "for", names: 1 },
      { word: "learning", names: 2 },
    ]);
  });
});
