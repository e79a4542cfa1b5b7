import { describe, expect, it } from "vitest";
import { cursorPattern, idPattern, newId } from "./ids";

describe("newId", () => {
  it("makes ids in the shape every id check accepts, in time order, each different", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => newId(1_780_000_000_000 + i));
    for (const id of ids) {
      expect(id).toMatch(/^c[a-z0-9]{24}$/);
      expect(id).toMatch(idPattern);
      expect(`1780000000000_${id}`).toMatch(cursorPattern);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it("spreads its random characters over the whole alphabet", () => {
    const seen = new Set(Array.from({ length: 200 }, () => newId().slice(9)).join(""));
    expect(seen.size).toBe(36);
  });
});
