import { z } from "zod";
import { compareWithOpenData, type Entry, RecordError, recordFormat, verifyChain } from "./chain";

// What `npm run verify-record -- https://…` does: fetch the changelog and the open data from a site,
// check the chain and that both describe the same list. Kept apart from the command so tests can
// run it against a server or a tampered copy.

const hex = z.string().regex(/^[0-9a-f]{64}$/);
const entrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string(),
  action: z.enum(["added", "changed", "removed"]),
  reason: z.string(),
  subject: hex,
  record: z.record(z.string(), z.unknown()).nullable(),
  recordHash: hex.nullable(),
  prevHash: hex,
  hash: hex,
});
const changelogPage = z.object({
  format: z.literal(recordFormat),
  entries: z.array(entrySchema),
  next: z.string().nullable(),
});
const openDataPage = z.object({ endorsers: z.array(z.record(z.string(), z.unknown())), next: z.string().nullable() });

type Fetch = (url: string) => Promise<Response>;

async function readPages<T extends { next: string | null }>(
  fetcher: Fetch,
  base: URL,
  first: string,
  schema: z.ZodType<T>,
  what: string,
): Promise<T[]> {
  const pages: T[] = [];
  let path: string | null = first;
  while (path) {
    const url = new URL(path, base).toString();
    const response = await fetcher(url);
    if (!response.ok) throw new RecordError(`${url} answered ${response.status}; cannot read the ${what}.`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new RecordError(`${url} did not answer JSON; is this a We are ALE site?`);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success)
      throw new RecordError(
        `${url} is not a valid ${what} page: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
      );
    pages.push(parsed.data);
    path = parsed.data.next;
  }
  return pages;
}

export type Verdict = { ok: true; entries: number; listed: number; head: string } | { ok: false; problems: string[] };

/**
 * Fetches changelog, open data and the changelog again; if the list changed in between it tries
 * again (up to `attempts` times), so a live site is not reported as tampered.
 */
export async function verifyRecord(site: string, fetcher: Fetch = fetch, attempts = 3): Promise<Verdict> {
  let base: URL;
  try {
    base = new URL(site);
  } catch {
    return { ok: false, problems: [`"${site}" is not a web address; give the site, e.g. https://we-are-ale.org`] };
  }
  const readChain = async () =>
    (await readPages(fetcher, base, "/api/endorsers/changelog", changelogPage, "changelog")).flatMap(
      (page) => page.entries as Entry[],
    );
  try {
    for (let attempt = 1; ; attempt++) {
      const entries = await readChain();
      const state = verifyChain(entries);
      const openData = (await readPages(fetcher, base, "/api/endorsers/json", openDataPage, "open data")).flatMap(
        (page) => page.endorsers,
      );
      const problems = compareWithOpenData(state, openData);
      if (problems.length === 0)
        return { ok: true, entries: entries.length, listed: openData.length, head: entries.at(-1)?.hash ?? "" };
      const again = await readChain();
      if (attempt >= attempts || again.at(-1)?.hash === entries.at(-1)?.hash) return { ok: false, problems };
    }
  } catch (error) {
    if (error instanceof RecordError) return { ok: false, problems: [error.message] };
    throw error;
  }
}
