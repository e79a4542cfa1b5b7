import "server-only";
import { db } from "../db/client.server";

export type Limit = { key: string; max: number; windowSeconds: number };

/**
 * Counts one hit against each limit in fixed windows stored in the database, so the limits hold
 * across app instances. Returns false when any limit is exceeded.
 */
export async function consume(limits: Limit[]): Promise<boolean> {
  let allowed = true;
  for (const { key, max, windowSeconds } of limits) {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    const [row] = await db().$queryRaw<{ count: number }[]>`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
      RETURNING "count"`;
    if (Number(row.count) > max) allowed = false;
  }
  return allowed;
}

/** Drops windows that started more than two days ago, well past the longest window (a day); called by housekeeping. */
export async function pruneRateLimits() {
  await db().rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 2 * 86_400_000) } } });
}

/** True when any limit's current window is already full, without counting a hit. */
export async function isLimited(limits: Limit[]): Promise<boolean> {
  for (const { key, max, windowSeconds } of limits) {
    const windowMs = windowSeconds * 1000;
    const windowStart = new Date(Math.floor(Date.now() / windowMs) * windowMs);
    const row = await db().rateLimitBucket.findUnique({ where: { key_windowStart: { key, windowStart } } });
    if (row && row.count >= max) return true;
  }
  return false;
}
