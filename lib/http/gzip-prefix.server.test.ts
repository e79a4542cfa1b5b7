import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { gzipAfter, gzipPrefix } from "./gzip-prefix.server";

const words = "Adult learning and education – aprendizaje y educación de adultos – تعلم الكبار وتعليمهم ";

describe("a gzipped page continued from its compressed start", () => {
  it("unzips to the start and the rest, whatever their sizes and characters", () => {
    const starts = ["", "<!doctype html>", words.repeat(20), words.repeat(600)]; // the last is past deflate's 32 KB window
    const rests = ["", "</html>", `<ul>${words.repeat(50)}</ul>`];
    for (const start of starts) {
      const prefix = gzipPrefix(start);
      for (const rest of rests) expect(gunzipSync(gzipAfter(prefix, rest)).toString()).toBe(start + rest);
    }
  });

  it("serves many answers from one start", () => {
    const prefix = gzipPrefix(words.repeat(30));
    const first = gzipAfter(prefix, "<p>one</p>");
    const second = gzipAfter(prefix, "<p>two</p>");
    expect(gunzipSync(second).toString()).toBe(`${words.repeat(30)}<p>two</p>`);
    expect(gunzipSync(first).toString()).toBe(`${words.repeat(30)}<p>one</p>`);
  });

  it("lets the rest refer back to the start, as small as the whole page gzipped at once", () => {
    const start = `<header>${words.repeat(10)}</header>`;
    const rest = `<main>${words.repeat(10)}</main>`;
    const joined = gzipAfter(gzipPrefix(start), rest);
    const restAlone = gzipAfter(gzipPrefix(""), rest).length;
    const whole = gzipSync(start + rest).length;
    expect(joined.length).toBeLessThan(gzipSync(start).length + restAlone / 2);
    expect(joined.length).toBeLessThanOrEqual(whole + 16);
  });
});
