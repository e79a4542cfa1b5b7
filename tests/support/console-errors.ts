// Registered as a setup file for the unit and integration projects: a test fails when something
// calls console.error, unless the test said it expects that error. An error logged outside a test
// (in a beforeAll, or after the last test) fails the file.
import { format } from "node:util";
import { afterAll, afterEach, beforeEach, expect } from "vitest";

type Allowance = { pattern: RegExp; required: boolean; seen: number };

// Kept across files that share a worker, so the patch never wraps itself.
const shared = globalThis as { aleOriginalConsoleError?: typeof console.error };
shared.aleOriginalConsoleError ??= console.error;
const original = shared.aleOriginalConsoleError;
let allowances: Allowance[] = [];
let unexpected: string[] = [];

console.error = (...args: unknown[]) => {
  const text = format(...args);
  const allowance = allowances.find((candidate) => candidate.pattern.test(text));
  if (allowance) {
    allowance.seen += 1;
    return;
  }
  unexpected.push(text);
  original(...args);
};

const asPattern = (pattern: RegExp | string) =>
  typeof pattern === "string" ? new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")) : pattern;

/** This test may log errors matching the pattern (a string matches as a substring); they are not printed. */
export function allowConsoleError(pattern: RegExp | string) {
  allowances.push({ pattern: asPattern(pattern), required: false, seen: 0 });
}

/** This test must log at least one error matching the pattern; such errors are not printed. */
export function expectConsoleError(pattern: RegExp | string) {
  allowances.push({ pattern: asPattern(pattern), required: true, seen: 0 });
}

function takeUnexpected(where: string) {
  const messages = unexpected;
  unexpected = [];
  if (messages.length > 0) {
    throw new Error(
      `Unexpected console.error ${where} (use expectConsoleError or allowConsoleError if it is on purpose):\n` +
        messages.map((message) => `  ${message.split("\n")[0]}`).join("\n"),
    );
  }
}

beforeEach(() => {
  takeUnexpected("before this test (in a beforeAll hook or after the previous test)");
  allowances = [];
});

afterEach(() => {
  const missing = allowances.filter((allowance) => allowance.required && allowance.seen === 0);
  allowances = [];
  takeUnexpected("during this test");
  expect(
    missing.map((allowance) => String(allowance.pattern)),
    "expected console.error calls that never came",
  ).toEqual([]);
});

afterAll(() => {
  takeUnexpected("after the last test");
});
