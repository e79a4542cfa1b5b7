import { describe, expect, it } from "vitest";
import { preparedStatementNames } from "./statement-names";

describe("preparedStatementNames", () => {
  it("names each SQL text once, and the same text the same way every time", () => {
    const nameOf = preparedStatementNames();
    const first = nameOf({ sql: "SELECT 1" });
    const second = nameOf({ sql: "SELECT 2" });
    expect(first).not.toBe("");
    expect(second).not.toBe(first);
    expect(nameOf({ sql: "SELECT 1" })).toBe(first);
  });

  it("leaves texts past the cap unnamed, and keeps the names it gave", () => {
    const nameOf = preparedStatementNames(2);
    const kept = [nameOf({ sql: "a" }), nameOf({ sql: "b" })];
    expect(nameOf({ sql: "c" })).toBe("");
    expect(nameOf({ sql: "c" })).toBe("");
    expect([nameOf({ sql: "a" }), nameOf({ sql: "b" })]).toEqual(kept);
  });
});
