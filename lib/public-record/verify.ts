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
const openDataPage = z.object({
  endorsers: z.array(z.record(z.string(), z.unknown())),
  next: z.string().nullable(),
  recordEntry: z.number().int().nonnegative().optional(),
  recordEntryHash: z.string().optional(),
});

/** How long to wait for the site's open-data file to catch up with its changelog, and how often to look. */
const catchUp = { limitMs: 60_000, everyMs: 500 };

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

/** True when the open data says it is as of the changelog's last entry (or does not say). */
function sameHead({ recordEntry, recordEntryHash }: z.infer<typeof openDataPage>, entries: Entry[]) {
  if (recordEntry === undefined) return true;
  return recordEntry === (entries.at(-1)?.seq ?? 0) && recordEntryHash === (entries.at(-1)?.hash ?? "");
}

export type Verdict = { ok: true; entries: number; listed: number; head: string } | { ok: false; problems: string[] };

/**
 * Fetches changelog, open data and the changelog again; if the list changed in between it tries
 * again (up to `attempts` times), so a live site is not reported as tampered. Open data older than
 * the changelog read is fetched again until it catches up (up to a minute).
 */
export async function verifyRecord(site: string, fetcher: Fetch = fetch, attempts = 3): Promise<Verdict> {
  let base: URL;
  try {
    base = new URL(site);
  } catch {
    return { ok: false, problems: [`"${site}" is not a web address; give the site, e.g. https://we-are-ale.org`] };
  }
  const readOpenData = () => readPages(fetcher, base, "/api/endorsers/json", openDataPage, "open data");
  const readChain = async () =>
    (await readPages(fetcher, base, "/api/endorsers/changelog", changelogPage, "changelog")).flatMap(
      (page) => page.entries as Entry[],
    );
  try {
    for (let attempt = 1; ; attempt++) {
      let entries = await readChain();
      let pages = await readOpenData();
      // The whole list is a file rebuilt after each change (decision 031): while it names another
      // last entry than the changelog's, the site is still building it (or the list just changed).
      for (let waited = 0; pages.length === 1 && !sameHead(pages[0], entries) && waited < catchUp.limitMs; ) {
        await new Promise((resolve) => setTimeout(resolve, catchUp.everyMs));
        waited += catchUp.everyMs;
        entries = await readChain();
        pages = await readOpenData();
      }
      const state = verifyChain(entries);
      const openData = pages.flatMap((page) => page.endorsers);
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
