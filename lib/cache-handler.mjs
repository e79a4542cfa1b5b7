// ISR cache kept in this process's memory (see docs/decisions/004-page-cache.md). Next's default
// also writes rendered pages into .next/, where they outlive restarts and a fresh database.
//
// With PostgreSQL several instances may serve the site. Each keeps its own memory cache, and every
// revalidation is also written to the shared "PageInvalidation" table; before serving a cached page
// an instance checks that table (re-read at most every 500 ms), so a change made through one
// instance shows on all of them within a second.
import pg from "pg";
import { dropAllAnswers } from "./http/response-cache.mjs";

const MAX_ENTRIES = 5000;
// Bytes as well as entries: 100,000 endorser pages of ~100 KB each would otherwise fill the
// instance's memory (#13 goal 6); the least recently used go first. It must fit well inside the
// heap the instance is given (--max-old-space-size, decision 034) beside the renders under way.
const MAX_BYTES = 64 * 1024 * 1024;
let bytes = 0;
const REFRESH_MS = 500;
const entries = new Map();

const pool = process.env.DATABASE_URL
  ? new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 2000 })
  : undefined;
pool?.on("error", () => {});

const invalidated = new Map(); // tag → ms since epoch
let readAt = 0;
let newest = 0;
let reading;

async function refreshInvalidations() {
  if (!pool || Date.now() - readAt < REFRESH_MS) return;
  reading ??= pool
    .query('SELECT "tag", "atMs" FROM "PageInvalidation" WHERE "atMs" > $1', [newest])
    .then(({ rows }) => {
      for (const row of rows) {
        const at = Number(row.atMs);
        invalidated.set(row.tag, at);
        newest = Math.max(newest, at);
      }
      // Another instance changed something: the finished answers kept here may show it.
      if (rows.length > 0) dropAllAnswers();
      readAt = Date.now();
    })
    .catch(() => {
      // Database unreachable: keep serving what is cached (the proxy answers 503 meanwhile).
    })
    .finally(() => {
      reading = undefined;
    });
  await reading;
}

/**
 * At most how much memory a cached value holds: its strings (two bytes a character, as V8 stores
 * any text beyond Latin-1) and buffers, a few levels deep.
 */
function sizeOf(value, depth = 0) {
  if (typeof value === "string") return value.length * 2;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return value.byteLength;
  if (!value || typeof value !== "object" || depth > 3) return 0;
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  return children.reduce((sum, child) => sum + sizeOf(child, depth + 1), 0);
}

function remove(key) {
  const entry = entries.get(key);
  if (!entry) return;
  bytes -= entry.size;
  entries.delete(key);
}

function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  return [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
}

export default class SharedInvalidationCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    await refreshInvalidations();
    if (entry.tags.some((tag) => (invalidated.get(tag) ?? 0) > entry.lastModified)) {
      remove(key);
      return null;
    }
    // Refresh its place so the least recently used entries go first.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    remove(key);
    if (data === null) return;
    const entry = { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx), size: sizeOf(data) };
    entries.set(key, entry);
    bytes += entry.size;
    while (entries.size > MAX_ENTRIES || bytes > MAX_BYTES) remove(entries.keys().next().value);
  }

  async revalidateTag(tagOrTags) {
    const tags = [...new Set([tagOrTags].flat())];
    dropAllAnswers();
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) remove(key);
    }
    if (!pool || tags.length === 0) return;
    const now = Date.now();
    await pool
      .query(
        `INSERT INTO "PageInvalidation" ("tag", "atMs") SELECT unnest($1::text[]), $2
         ON CONFLICT ("tag") DO UPDATE SET "atMs" = GREATEST("PageInvalidation"."atMs", EXCLUDED."atMs")`,
        [tags, now],
      )
      .catch((error) => console.error("[cache] could not share a revalidation:", error.message));
  }

  resetRequestCache() {}
}
