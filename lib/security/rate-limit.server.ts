import "server-only";
import { db } from "../db/client.server";
import { Prisma } from "../generated/prisma/client";

export type Limit = { key: string; max: number; windowSeconds: number };

function windowOf(windowSeconds: number, at: number) {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(at / windowMs) * windowMs);
}

/**
 * Counts one hit against each limit in fixed windows stored in the database, so the limits hold
 * across app instances, and returns the limits now past their maximum. All the counts are one
 * atomic upsert (one round trip), so parallel requests cannot all see the same old count.
 */
export async function consumeEach(limits: Limit[], at = Date.now()): Promise<Limit[]> {
  if (limits.length === 0) return [];
  // In key order, so two requests sharing keys lock their rows in the same order (no deadlock).
  const rows = [...limits]
    .sort((a, b) => (a.key < b.key ? -1 : 1))
    .map(({ key, windowSeconds }) => Prisma.sql`(${key}, ${windowOf(windowSeconds, at)}, 1)`);
  const counted = await db().$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ${Prisma.join(rows)}
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "key", "count"`;
  const count = new Map(counted.map((row) => [row.key, Number(row.count)]));
  return limits.filter(({ key, max }) => (count.get(key) ?? 0) > max);
}

/** Counts one hit against each limit; false when any is exceeded. */
export async function consume(limits: Limit[], at = Date.now()): Promise<boolean> {
  return (await consumeEach(limits, at)).length === 0;
}

/** Takes back the hits `consume(limits, at)` counted (an attempt that turned out to succeed). */
export async function refund(limits: Limit[], at: number) {
  for (const { key, windowSeconds } of limits) {
    await db().rateLimitBucket.updateMany({
      where: { key, windowStart: windowOf(windowSeconds, at), count: { gt: 0 } },
      data: { count: { decrement: 1 } },
    });
  }
}

/** Drops windows that started more than two days ago, well past the longest window (a day); called by housekeeping. */
export async function pruneRateLimits() {
  await db().rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(Date.now() - 2 * 86_400_000) } } });
}

/** True when any limit's current window is already full, without counting a hit. */
export async function isLimited(limits: Limit[]): Promise<boolean> {
  for (const { key, max, windowSeconds } of limits) {
    const windowStart = windowOf(windowSeconds, Date.now());
    const row = await db().rateLimitBucket.findUnique({ where: { key_windowStart: { key, windowStart } } });
    if (row && row.count >= max) return true;
  }
  return false;
}
