import "server-only";

// A page of this site as React rendered it, to set another part into (decision 035): fetched from
// this very instance, kept a second (longer while a fresh copy is fetched), with its scripts taken
// out. Without them the page is plain HTML that works as it is (every public page works without
// JavaScript), and React never hydrates a page whose contents differ from its payload.

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

/** The page at `path`, cut around the part between `marks`; `fallbackOrigin` serves under `next dev`. */
export async function pageShell(path: string, marks: Marks, fallbackOrigin: string): Promise<Shell> {
  const entry = kept.get(path) ?? {};
  kept.set(path, entry);
  const age = entry.shell ? Date.now() - entry.shell.at : Number.POSITIVE_INFINITY;
  if (age < freshMs) return entry.shell as Shell;
  entry.fetching ??= fetchShell(path, marks, fallbackOrigin)
    .then((shell) => {
      entry.shell = { ...shell, at: Date.now() };
      return shell;
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

async function fetchShell(path: string, marks: Marks, fallbackOrigin: string): Promise<Shell> {
  const self = instanceSelf();
  const response = await fetch(`${self?.origin ?? fallbackOrigin}${path}`, {
    headers: { "accept-encoding": "identity", ...(self && Object.fromEntries([self.header])) },
    cache: "no-store",
  });
  if (response.status !== 200) throw new Error(`The page ${path} answered ${response.status}`);
  const shell = cutShell(await response.text(), marks);
  if (!shell) throw new Error(`The page ${path} has no part marked ${marks.start}`);
  return shell;
}

/** `html` without its scripts, cut around the part between `marks` (null when they are missing). */
export function cutShell(html: string, marks: Marks): Shell | null {
  const page = withoutScripts(html);
  const start = page.indexOf(marks.start);
  const end = page.indexOf(marks.end, start);
  if (start < 0 || end < 0) return null;
  return { before: page.slice(0, start), after: page.slice(end + marks.end.length) };
}

/**
 * React's output without `<script>` elements and the links that preload scripts. React escapes
 * "</script" inside its inline payload, so the first closing tag is always the element's own.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link\b[^>]*\b(?:as="script"|rel="modulepreload")[^>]*>/gi, "");
}
