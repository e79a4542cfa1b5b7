import { randomBytes } from "node:crypto";
import { formStateHeader } from "../http/self-request.mjs";
import type { EndorseState } from "./form.server";

// The endorsement form's plain post is answered by a direct route (lib/http/direct-routes.server.ts,
// decision 042). When the form must come back (a field to correct, the database away), that route
// keeps the form's state here and asks this instance for the form page, naming the state in a
// header; the page takes it once. No .server suffix: proxy.ts, in its own bundle, asks whether a
// key is kept. The states live on globalThis so the route, the page and the proxy share them.

export { formStateHeader };

/** Long enough for the page the state is kept for to be rendered, even under load. */
const keepMs = 30_000;

type Kept = { state: EndorseState; until: number };
const shared = globalThis as { weAreAleFormStates?: Map<string, Kept> };
const kept = () => {
  shared.weAreAleFormStates ??= new Map();
  return shared.weAreAleFormStates;
};

/** Keeps `state` for the page about to be rendered; returns the key the page is asked for it with. */
export function keepFormState(state: EndorseState, now = Date.now()): string {
  const states = kept();
  // Kept in the order they expire: a state whose page was never rendered goes at the next keep.
  for (const [key, entry] of states) {
    if (entry.until > now) break;
    states.delete(key);
  }
  const key = randomBytes(24).toString("base64url");
  states.set(key, { state, until: now + keepMs });
  return key;
}

/** True when `key` names a state kept for a page (a key a client made up names none). */
export function isKeptFormState(key: string | null, now = Date.now()): boolean {
  const entry = key === null ? undefined : kept().get(key);
  return entry !== undefined && entry.until > now;
}

/** The state kept under `key`, once: the key is spent by reading it. */
export function takeFormState(key: string | null, now = Date.now()): EndorseState | undefined {
  const entry = key === null ? undefined : kept().get(key);
  if (entry === undefined) return undefined;
  kept().delete(key as string);
  return entry.until > now ? entry.state : undefined;
}
