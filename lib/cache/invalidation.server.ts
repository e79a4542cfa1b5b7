import "server-only";
import { revalidatePath, revalidateTag, unstable_cache } from "next/cache";
import { db } from "../db/client.server";
import { invalidationsSeen } from "../http/response-cache.mjs";

// The one place that decides what a change invalidates. Data functions declare the tags their
// answer depends on (`dependsOn`, `cachedData`); Next.js then files every cached page or route that
// called them under those tags, and a change invalidates the tags, not a hand-kept list of routes.
// lib/cache-handler.mjs shares each invalidation with the other instances through the database.

export const cacheTags = {
  /** Everything that lists or counts approved endorsers: wall, counts, map, home, call to action. */
  endorsers: "endorsers",
  /** One endorser's page and share image. */
  endorser: (slug: string) => `endorser:${slug}`,
  /**
   * Every page that shows staff-edited campaign texts (lib/content/campaign-texts.server.ts),
   * including the key messages and the nine actions (home, call to action, toolkit, endorse form).
   */
  campaignTexts: "campaign-texts",
  /** Pages that state a setting, such as the privacy notice's retention periods. */
  settings: "settings",
} as const;

const outsideNext = (error: unknown) =>
  error instanceof Error && /Invariant: (incrementalCache|static generation store) missing/.test(error.message);

/**
 * Files the page or route being rendered under `tags`, like Next's `cacheTag()` does inside
 * "use cache" (an empty `unstable_cache` call is how an ISR page collects a tag). A no-op outside a
 * Next.js server.
 */
export async function dependsOn(...tags: string[]) {
  try {
    await unstable_cache(async () => true, ["depends-on", ...tags], { tags })();
  } catch (error) {
    if (!outsideNext(error)) throw error;
  }
}

const loadsUnderWay = new Map<string, { loading: Promise<unknown>; invalidations: number }>();
/** The value each key marked `readByDirectRoutes` had when this instance last read it. */
const lastRead = new Map<string, { value: unknown; invalidations: number }>();

/**
 * How long a reader waits for a value being read before it takes the one this instance read last
 * (when no change became known since): long enough for a value in memory, short enough not to show.
 */
export const staleAfterMs = 20;

/**
 * `load`'s answer kept in the shared page cache under `tags` (it must be plain JSON: no Dates).
 * Once it is stale, Next.js reloads it in the background for every request that reads it until a
 * reload lands (each request has its own list of pending reloads): under a crowd, dozens of the
 * same slow count at once. Here they share one load per instance, unless a change became known
 * since it started: a load begun before an approval must not answer for after it.
 * Outside a request of Next.js's (the routes of decision 041) a value stale by time is reloaded
 * before answering. For a value those routes read (`readByDirectRoutes`: one small value per key,
 * kept here too), a reader that would wait takes the value last read here instead, unless a change
 * became known since it was read.
 */
export function cachedData<T>(
  load: () => Promise<T>,
  key: string,
  options: { tags: string[]; revalidate: number; readByDirectRoutes?: boolean },
) {
  const loadOnce = () => {
    const invalidations = invalidationsSeen();
    const underWay = loadsUnderWay.get(key);
    if (underWay && underWay.invalidations === invalidations) return underWay.loading as Promise<T>;
    const loading: Promise<T> = load().finally(() => {
      if (loadsUnderWay.get(key)?.loading === loading) loadsUnderWay.delete(key);
    });
    loadsUnderWay.set(key, { loading, invalidations });
    return loading;
  };
  const cached = unstable_cache(loadOnce, [key], { tags: options.tags, revalidate: options.revalidate });
  const read = async (): Promise<T> => {
    const invalidations = invalidationsSeen();
    let value: T;
    try {
      value = await cached();
    } catch (error) {
      if (!outsideNext(error)) throw error;
      value = await loadOnce();
    }
    if (options.readByDirectRoutes) lastRead.set(key, { value, invalidations });
    return value;
  };
  return async (): Promise<T> => {
    const reading = read();
    const last = lastRead.get(key);
    if (!last || last.invalidations !== invalidationsSeen()) return reading;
    reading.catch(() => {}); // a read that fails after staleAfterMs is for the next reader to meet
    let timer: NodeJS.Timeout | undefined;
    const meanwhile = new Promise<T>((answer) => {
      // A change may become known during the read (the cache handler learns of other instances'):
      // then only the new value will do.
      timer = setTimeout(() => last.invalidations === invalidationsSeen() && answer(last.value as T), staleAfterMs);
    });
    return Promise.race([reading, meanwhile]).finally(() => clearTimeout(timer));
  };
}

/**
 * Drops every cached copy filed under `tags`, on every instance. Inside a request Next.js calls the
 * cache handler when the action ends; a command-line script writes the shared table itself.
 */
async function invalidate(tags: string[]) {
  try {
    for (const tag of tags) revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (!outsideNext(error)) throw error;
    await db().$executeRaw`
      INSERT INTO "PageInvalidation" ("tag", "atMs") SELECT unnest(${tags}::text[]), ${Date.now()}
      ON CONFLICT ("tag") DO UPDATE SET "atMs" = GREATEST("PageInvalidation"."atMs", EXCLUDED."atMs")`;
  }
}

/** After an endorsement changed: every list and count, and the pages of the endorsers named. */
export function endorsersChanged(slugs: string[]) {
  return invalidate([cacheTags.endorsers, ...slugs.map(cacheTags.endorser)]);
}

/** After staff published a campaign text: every page showing one, in every language. */
export function campaignTextsChanged() {
  return invalidate([cacheTags.campaignTexts]);
}

/** After staff reordered, retired or restored a key message: the same pages as its words. */
export function keyMessagesChanged() {
  return invalidate([cacheTags.campaignTexts]);
}

/** After admins changed the site settings. */
export function settingsChanged() {
  return invalidate([cacheTags.settings]);
}

/**
 * After staff edited content (news, events, partners): drops the given routes (e.g. "/[locale]/news")
 * here and, through the cache handler, on the other instances. A no-op in command-line scripts.
 */
export function contentChanged(routes: string[]) {
  try {
    for (const route of routes) revalidatePath(route, "page");
  } catch (error) {
    if (!outsideNext(error)) throw error;
  }
}

/**
 * After a staff member chose another admin language: the admin layout (html lang, header) is kept by
 * the browser's router across an action's redirect, so it must be marked stale to be rendered again.
 */
export function adminLanguageChanged() {
  revalidatePath("/admin", "layout");
}
