import "server-only";
import { needsScripts, withoutScripts } from "./scriptless-pages.mjs";

// A page of this site as React rendered it, to set another part into (decision 035): fetched from
// this very instance, kept a second (longer while a fresh copy is fetched), with its scripts taken
// out (scripts/server.mjs already sends it so; `next dev` does not). Without them the page is plain
// HTML that works as it is, and React never hydrates a page whose contents differ from its payload.

export type Marks = { readonly start: string; readonly end: string };
export type Shell = { before: string; after: string };

const freshMs = 1000;
const staleMs = 10_000;

type Kept = { shell?: Shell & { at: number }; fetching?: Promise<Shell> };
const kept = new Map<string, Kept>();

/**
 * How this instance reaches itself, set by scripts/server.mjs: its own address and a secret header
 * that lets the request past the instance's door (so a full door never waits on itself).
 */
type Self = { origin: string; header: [string, string] };
const instanceSelf = () => (globalThis as { weAreAleSelf?: Self }).weAreAleSelf;

/** The page at `path`, cut around the part between `marks`; `fallbackOrigin` serves under `next dev` or `next start`. */
export async function pageShell(path: string, marks: Marks, fallbackOrigin: string): Promise<Shell> {
  const entry = kept.get(path) ?? {};
  kept.set(path, entry);
  const age = entry.shell ? Date.now() - entry.shell.at : Number.POSITIVE_INFINITY;
  if (age < freshMs) return entry.shell as Shell;
  entry.fetching ??= fetchShell(path, marks, fallbackOrigin)
    .then((shell) => {
      entry.shell = { ...shell, at: Date.now() };
      return entry.shell; // the one object every answer gets while it is kept (its gzip start is cached per object)
    })
    .finally(() => {
      entry.fetching = undefined;
    });
  if (entry.shell && age < staleMs) {
    entry.fetching.catch(() => {}); // the next request tries again
    return entry.shell;
  }
  return entry.fetching;
}

/**
 * This instance's answer for its own page at `path`, past its door and uncompressed; `headers` are
 * added to the request. Without scripts/server.mjs (`next dev`), from `fallbackOrigin`, if given.
 */
export function requestOwnPage(path: string, fallbackOrigin: string | null, headers: Record<string, string> = {}) {
  const self = instanceSelf();
  const origin = self?.origin ?? fallbackOrigin;
  if (!origin) throw new Error("This instance's own address is unknown: scripts/server.mjs sets it");
  return fetch(`${origin}${path}`, {
    headers: { ...headers, "accept-encoding": "identity", ...(self && Object.fromEntries([self.header])) },
    cache: "no-store",
    redirect: "error", // the secret header goes nowhere else
    signal: AbortSignal.timeout(10_000),
  });
}

async function fetchShell(path: string, marks: Marks, fallbackOrigin: string): Promise<Shell> {
  const response = await requestOwnPage(path, fallbackOrigin);
  if (response.status !== 200) throw new Error(`The page ${path} answered ${response.status}`);
  const shell = cutShell(await response.text(), marks);
  if (!shell) throw new Error(`The page ${path} has no part marked ${marks.start}`);
  return shell;
}

/**
 * `html` without its scripts, cut around the part between `marks`: null when they are missing, or
 * when part of the page was streamed in late and waits for a script to show it.
 */
export function cutShell(html: string, marks: Marks): Shell | null {
  if (needsScripts(html)) return null;
  const page = withoutScripts(html);
  const start = page.indexOf(marks.start);
  const end = page.indexOf(marks.end, start);
  if (start < 0 || end < 0) return null;
  return { before: page.slice(0, start), after: page.slice(end + marks.end.length) };
}
