import { describe, expect, it } from "vitest";
import { plannedPerRun, preparedStatementNames } from "./statement-names";

const query = (sql: string, argCount = 1) => ({ sql, args: Array.from({ length: argCount }, (_, i) => i) });

describe("preparedStatementNames", () => {
  it("names each SQL text once, and the same text the same way every time", () => {
    const nameOf = preparedStatementNames();
    const first = nameOf(query("SELECT 1"));
    const second = nameOf(query("SELECT 2"));
    expect(first).not.toBe("");
    expect(second).not.toBe(first);
    expect(nameOf(query("SELECT 1"))).toBe(first);
  });

  it("leaves texts past the cap unnamed, and keeps the names it gave", () => {
    const nameOf = preparedStatementNames({ cap: 2 });
    const kept = [nameOf(query("a")), nameOf(query("b"))];
    expect(nameOf(query("c"))).toBe("");
    expect(nameOf(query("c"))).toBe("");
    expect([nameOf(query("a")), nameOf(query("b"))]).toEqual(kept);
  });

  it("leaves long parameter lists unnamed, without using up the cap", () => {
    const nameOf = preparedStatementNames({ cap: 1, maxArgs: 3 });
    expect(nameOf(query("IN ($1,$2,$3,$4)", 4))).toBe("");
    expect(nameOf(query("IN ($1,$2,$3)", 3))).not.toBe("");
  });

  it("leaves a statement planned per run unnamed, however often it runs", () => {
    const nameOf = preparedStatementNames();
    const search = query(`${plannedPerRun}SELECT 1 WHERE $1`);
    expect([nameOf(search), nameOf(search)]).toEqual(["", ""]);
    expect(nameOf(query("SELECT 1 WHERE $1"))).not.toBe("");
  });
});
