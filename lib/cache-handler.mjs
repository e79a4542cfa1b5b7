// ISR cache kept in this process's memory only (see docs/decisions/004-page-cache.md).
// Next's default also writes rendered pages into .next/, where they outlive restarts and a
// fresh database, and where every server started from the same build reads them.
const MAX_ENTRIES = 5000;
const entries = new Map();

function tagsOf(data, ctx) {
  const header = data?.headers?.["x-next-cache-tags"];
  return [...(ctx?.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
}

export default class MemoryCacheHandler {
  async get(key) {
    const entry = entries.get(key);
    if (!entry) return null;
    // Refresh its place so the least recently used entries go first.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  async set(key, data, ctx) {
    if (data === null) {
      entries.delete(key);
      return;
    }
    entries.delete(key);
    entries.set(key, { value: data, lastModified: Date.now(), tags: tagsOf(data, ctx) });
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
  }

  async revalidateTag(tagOrTags) {
    const tags = new Set([tagOrTags].flat());
    for (const [key, entry] of entries) {
      if (entry.tags.some((tag) => tags.has(tag))) entries.delete(key);
    }
  }

  resetRequestCache() {}
}
