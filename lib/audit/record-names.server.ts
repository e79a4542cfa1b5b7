import "server-only";
import { keyMessageIdOf, keyMessageTextKey } from "../content/campaign-texts";
import { db } from "../db/client.server";

export type RecordName = { name: string; live: boolean };
type Entry = { entityType: string; entityId: string | null; before: unknown; after: unknown };

/** A name from an entry's own snapshot: what a deleted record was called. */
function snapshotName(entry: Entry): string | undefined {
  for (const value of [entry.after, entry.before]) {
    if (!value || typeof value !== "object") continue;
    const fields = value as Record<string, unknown>;
    const name = fields.name ?? fields.title_en ?? fields.email ?? fields.slug;
    if (typeof name === "string" && name) return name;
  }
  return undefined;
}

const idsOf = (entries: Entry[], type: string) => [
  ...new Set(entries.filter((e) => e.entityType === type && e.entityId).map((e) => e.entityId as string)),
];

/**
 * The readable name of each entry's record (`<type>:<id>` → name): the organisation, the partner,
 * the English title of a news item or event, the staff member's email. A record deleted since is
 * named from the entry's own snapshot, when it kept one (`live: false`). One query per record type.
 */
export async function recordNames(entries: Entry[]): Promise<Map<string, RecordName>> {
  const [endorsements, partners, news, events, staff, keyMessages] = await Promise.all([
    db().endorsement.findMany({
      where: { id: { in: idsOf(entries, "Endorsement") } },
      select: { id: true, name: true },
    }),
    db().partner.findMany({ where: { id: { in: idsOf(entries, "Partner") } }, select: { id: true, name: true } }),
    db().newsItem.findMany({
      where: { id: { in: idsOf(entries, "NewsItem") } },
      select: { id: true, slug: true, translations: { where: { locale: "en" }, select: { title: true } } },
    }),
    db().event.findMany({
      where: { id: { in: idsOf(entries, "Event") } },
      select: { id: true, slug: true, translations: { where: { locale: "en" }, select: { title: true } } },
    }),
    db().staffUser.findMany({ where: { id: { in: idsOf(entries, "StaffUser") } }, select: { id: true, email: true } }),
    // A key message is named by its English words (its campaign text, decision 029).
    db().contentText.findMany({
      where: { locale: "en", key: { in: idsOf(entries, "KeyMessage").map(keyMessageTextKey) } },
      select: { key: true, publishedText: true, draftText: true },
    }),
  ]);
  const names = new Map<string, RecordName>();
  const live = (key: string, name: string) => names.set(key, { name, live: true });
  for (const row of endorsements) live(`Endorsement:${row.id}`, row.name);
  for (const row of partners) live(`Partner:${row.id}`, row.name);
  for (const row of news) live(`NewsItem:${row.id}`, row.translations[0]?.title ?? row.slug);
  for (const row of events) live(`Event:${row.id}`, row.translations[0]?.title ?? row.slug);
  for (const row of staff) live(`StaffUser:${row.id}`, row.email);
  for (const row of keyMessages) {
    const id = keyMessageIdOf(row.key);
    const text = row.publishedText ?? row.draftText;
    if (id && text) live(`KeyMessage:${id}`, text);
  }
  for (const entry of entries) {
    const key = `${entry.entityType}:${entry.entityId}`;
    if (entry.entityId && !names.has(key)) {
      const name = snapshotName(entry);
      if (name) names.set(key, { name, live: false });
    }
  }
  return names;
}
