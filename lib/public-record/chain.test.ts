import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  compareWithOpenData,
  type Entry,
  type EntryAction,
  nextEntry,
  type PublicRecord,
  RecordError,
  subjectOf,
  verifyChain,
} from "./chain";

const record = fc.record({
  slug: fc.string({ minLength: 1, maxLength: 12 }),
  name: fc.string({ maxLength: 30 }),
  city: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
  commitments: fc.uniqueArray(fc.integer({ min: 1, max: 9 }), { maxLength: 9 }),
  domainVerified: fc.boolean(),
});

/** A valid chain: random organisations joining, changing and leaving the list. */
const chain = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.option(record, { nil: null }), fc.integer({ min: 0, max: 1e6 })), {
    maxLength: 40,
  })
  .map((steps) => {
    const listed = new Set<string>();
    const entries: Entry[] = [];
    let time = Date.UTC(2026, 0, 1);
    for (const [organisation, next, gap] of steps) {
      const subject = subjectOf(`org-${organisation}`);
      let action: EntryAction;
      if (next === null) {
        if (!listed.has(subject)) continue;
        action = "removed";
        listed.delete(subject);
      } else {
        action = listed.has(subject) ? "changed" : "added";
        listed.add(subject);
      }
      time += gap;
      entries.push(nextEntry(entries.at(-1), { at: new Date(time), action, reason: "test", subject, record: next }));
    }
    return entries;
  });

const mutations: ((entry: Entry) => Entry)[] = [
  (e) => ({ ...e, at: new Date(Date.parse(e.at) + 1).toISOString() }),
  (e) => ({ ...e, reason: `${e.reason}!` }),
  (e) => ({ ...e, subject: subjectOf("someone-else") }),
  (e) => ({ ...e, record: e.record ? { ...e.record, name: `${e.record.name}x` } : { name: "x" } }),
  (e) => ({ ...e, prevHash: "f".repeat(64) }),
  (e) => ({ ...e, hash: "e".repeat(64) }),
];

describe("the public record's hash chain", () => {
  it("a chain built by appending verifies, and describes the organisations still listed", () => {
    fc.assert(
      fc.property(chain, (entries) => {
        const state = verifyChain(entries);
        const lastOf = new Map<string, Entry>();
        for (const entry of entries) lastOf.set(entry.subject, entry);
        const stillListed = [...lastOf.values()].filter((e) => e.action !== "removed");
        expect([...state.keys()].sort()).toEqual(stillListed.map((e) => e.subject).sort());
      }),
    );
  });

  it("changing anything in any entry is detected", () => {
    fc.assert(
      fc.property(
        chain.filter((entries) => entries.length > 0),
        fc.nat(),
        fc.integer({ min: 0, max: mutations.length - 1 }),
        (entries, index, mutation) => {
          const tampered = [...entries];
          const at = index % entries.length;
          tampered[at] = mutations[mutation](entries[at]);
          expect(() => verifyChain(tampered)).toThrow(RecordError);
        },
      ),
    );
  });

  it("dropping or swapping entries is detected", () => {
    fc.assert(
      fc.property(
        chain.filter((entries) => entries.length > 1),
        fc.nat(),
        (entries, index) => {
          const at = index % (entries.length - 1);
          const dropped = entries.filter((_, i) => i !== at);
          const swapped = [...entries];
          [swapped[at], swapped[at + 1]] = [swapped[at + 1], swapped[at]];
          expect(() => verifyChain(dropped)).toThrow(RecordError);
          expect(() => verifyChain(swapped)).toThrow(RecordError);
        },
      ),
    );
  });

  it("blanking an erased organisation's records keeps the chain valid", () => {
    fc.assert(
      fc.property(
        chain.filter((entries) => entries.length > 0),
        fc.nat(),
        (entries, index) => {
          const erased = entries[index % entries.length].subject;
          const redacted = entries.map((e) => (e.subject === erased ? { ...e, record: null } : e));
          expect(() => verifyChain(redacted)).not.toThrow();
        },
      ),
    );
  });

  it("a rewritten chain with recomputed hashes no longer matches a head quoted earlier", () => {
    fc.assert(
      fc.property(
        chain.filter((entries) => entries.length > 0),
        (entries) => {
          const rewritten: Entry[] = [];
          for (const e of entries)
            rewritten.push(nextEntry(rewritten.at(-1), { ...e, at: new Date(e.at), reason: "rewritten" }));
          expect(() => verifyChain(rewritten)).not.toThrow();
          expect(rewritten.at(-1)?.hash).not.toBe(entries.at(-1)?.hash);
        },
      ),
    );
  });

  it("canonical JSON does not depend on key order", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (value) => {
        const reversed = Object.fromEntries(Object.entries(value).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(value));
      }),
    );
  });
});

describe("comparing with open data", () => {
  const a: PublicRecord = { slug: "a", name: "A" };
  const b: PublicRecord = { slug: "b", name: "B" };
  const state = new Map([
    [subjectOf("1"), a],
    [subjectOf("2"), b],
  ]);
  it("agrees when open data lists exactly the same records (its url aside)", () => {
    expect(compareWithOpenData(state, [{ ...b, url: "https://x/en/endorsers/b" }, a])).toEqual([]);
  });
  it("names what was added, dropped or altered behind the changelog's back", () => {
    expect(compareWithOpenData(state, [a, b, { slug: "c" }])).toEqual([
      'Open data lists "c", which the changelog does not.',
    ]);
    expect(compareWithOpenData(state, [a])).toEqual(['The changelog lists "b", which open data does not.']);
    expect(compareWithOpenData(state, [a, { ...b, name: "Bee" }])).toEqual([
      'Open data shows "b" differently from its last changelog entry.',
    ]);
  });
});
