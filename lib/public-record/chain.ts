import { createHash } from "node:crypto";

// The tamper-evident public record (docs/open-data.md): every change to the public list of endorsers
// is an entry whose hash covers its content and the previous entry's hash. Shared by the server
// (appending) and `npm run verify-record` (checking), so both hash exactly the same bytes.

export const recordFormat = "ale-public-record/1";
export const genesisHash = "0".repeat(64);

/** added: now on the public list; changed: its public fields changed; removed: off the list. */
export type EntryAction = "added" | "changed" | "removed";

/** An endorser's public fields as open data publishes them (without `url`, which depends on the site's address). */
export type PublicRecord = Record<string, unknown>;

export type Entry = {
  seq: number;
  at: string;
  action: EntryAction;
  /** The command that caused it (approve, edit, update, withdraw, reject, erase, …). */
  reason: string;
  /** SHA-256 of the endorsement's internal id: follows one organisation without naming it. */
  subject: string;
  /** Null once the organisation was erased (its hash stays, so the chain still verifies). */
  record: PublicRecord | null;
  recordHash: string | null;
  prevHash: string;
  hash: string;
};

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** JSON with object keys sorted at every level, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export const recordHashOf = (record: PublicRecord) => sha256(canonicalJson(record));
export const subjectOf = (endorsementId: string) => sha256(`endorsement:${endorsementId}`);

export function entryHash(entry: Omit<Entry, "hash" | "record">): string {
  const { seq, at, action, reason, subject, recordHash, prevHash } = entry;
  return sha256(canonicalJson({ seq, at, action, reason, subject, recordHash, prevHash }));
}

/** The next entry after `previous` (undefined for the first). */
export function nextEntry(
  previous: Pick<Entry, "seq" | "hash"> | undefined,
  change: { at: Date; action: EntryAction; reason: string; subject: string; record: PublicRecord | null },
): Entry {
  const body = {
    seq: (previous?.seq ?? 0) + 1,
    at: change.at.toISOString(),
    action: change.action,
    reason: change.reason,
    subject: change.subject,
    recordHash: change.record ? recordHashOf(change.record) : null,
    prevHash: previous?.hash ?? genesisHash,
  };
  return { ...body, record: change.record, hash: entryHash(body) };
}

export class RecordError extends Error {}

/**
 * Checks the chain from its first entry: numbering, links, every hash, and that a record present
 * matches its hash. Returns the public list it describes (subject → record; null when erased).
 * Throws a RecordError naming the first entry that does not hold.
 */
export function verifyChain(entries: readonly Entry[]): Map<string, PublicRecord | null> {
  const state = new Map<string, PublicRecord | null>();
  let previous: Entry | undefined;
  for (const entry of entries) {
    if (!entry || typeof entry !== "object")
      throw new RecordError("The changelog contains something that is not an entry.");
    const where = `Entry #${entry.seq}`;
    if (entry.seq !== (previous?.seq ?? 0) + 1)
      throw new RecordError(`${where}: expected #${(previous?.seq ?? 0) + 1}; an entry is missing or out of order.`);
    if (entry.prevHash !== (previous?.hash ?? genesisHash))
      throw new RecordError(
        `${where}: its previous hash does not match entry #${previous?.seq ?? 0}; the chain is broken.`,
      );
    if (!["added", "changed", "removed"].includes(entry.action))
      throw new RecordError(`${where}: unknown action ${JSON.stringify(entry.action)}.`);
    if (entryHash(entry) !== entry.hash)
      throw new RecordError(`${where}: its hash does not match its content; it was altered.`);
    if (entry.action === "removed" ? entry.recordHash !== null : entry.recordHash === null)
      throw new RecordError(
        `${where}: a "${entry.action}" entry ${entry.action === "removed" ? "must not" : "must"} carry a record.`,
      );
    if (entry.record && recordHashOf(entry.record) !== entry.recordHash)
      throw new RecordError(`${where}: its record does not match its record hash; the record was altered.`);
    const listed = state.has(entry.subject);
    if (entry.action === "added" && listed)
      throw new RecordError(`${where}: adds an organisation already on the list.`);
    if (entry.action !== "added" && !listed)
      throw new RecordError(`${where}: ${entry.action} an organisation not on the list.`);
    if (entry.action === "removed") state.delete(entry.subject);
    else state.set(entry.subject, entry.record);
    previous = entry;
  }
  return state;
}

/** Differences between the list the chain describes and the open data served now (by slug). */
export function compareWithOpenData(
  state: Map<string, PublicRecord | null>,
  openData: readonly PublicRecord[],
): string[] {
  const problems: string[] = [];
  const listed = new Map<string, PublicRecord>();
  for (const [subject, record] of state) {
    if (!record) problems.push(`The record of ${subject} is on the list but was erased from the changelog.`);
    else listed.set(String(record.slug), record);
  }
  const served = new Set<string>();
  for (const row of openData) {
    const { url: _url, ...record } = row;
    const slug = String(record.slug);
    served.add(slug);
    const expected = listed.get(slug);
    if (!expected) problems.push(`Open data lists "${slug}", which the changelog does not.`);
    else if (recordHashOf(record) !== recordHashOf(expected))
      problems.push(`Open data shows "${slug}" differently from its last changelog entry.`);
  }
  for (const slug of listed.keys())
    if (!served.has(slug)) problems.push(`The changelog lists "${slug}", which open data does not.`);
  return problems;
}
