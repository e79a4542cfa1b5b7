import { describe, expect, it } from "vitest";
import type { EndorseState } from "./form.server";
import { isKeptFormState, keepFormState, takeFormState } from "./form-handoff";

const state: EndorseState = {
  status: "invalid",
  values: { name: "Ama's learners" },
  errors: { website: "invalidUrl" },
};

describe("the endorsement form's state handed to the page that sends it back", () => {
  it("gives the state once, to the key it was kept under", () => {
    const key = keepFormState(state);
    expect(isKeptFormState(key)).toBe(true);
    expect(takeFormState(key)).toEqual(state);
    expect(takeFormState(key)).toBeUndefined();
    expect(isKeptFormState(key)).toBe(false);
  });

  it("knows no key a client could make up, and no header at all", () => {
    keepFormState(state);
    expect(isKeptFormState("made-up")).toBe(false);
    expect(takeFormState("made-up")).toBeUndefined();
    expect(takeFormState(null)).toBeUndefined();
  });

  it("forgets a state whose page was never asked for, after 30 s", () => {
    const at = Date.now();
    const key = keepFormState(state, at);
    expect(isKeptFormState(key, at + 29_000)).toBe(true);
    expect(takeFormState(key, at + 30_001)).toBeUndefined();
    // and a later keep sweeps it out of memory
    const later = keepFormState(state, at + 31_000);
    const kept = (globalThis as { weAreAleFormStates?: Map<string, unknown> }).weAreAleFormStates;
    expect(kept?.has(key)).toBe(false);
    expect(kept?.has(later)).toBe(true);
  });
});
