// Rate limits are counted in the database, all of a request's limits in one statement (decision 032).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { consume, type Limit } from "@/lib/security/rate-limit.server";
import { openTestDatabase, testDatabaseKind } from "./support/database";

describe(`rate limits on ${testDatabaseKind}`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase();
    useConnection(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  const count = async (key: string) =>
    (await database.prisma.rateLimitBucket.findMany({ where: { key } })).reduce((sum, row) => sum + row.count, 0);

  it("counts one hit on every limit and refuses as soon as any of them is over", async () => {
    const at = Date.UTC(2026, 11, 2, 10, 0, 0);
    const limits: Limit[] = [
      { key: "test:ip:a", max: 3, windowSeconds: 3600 },
      { key: "test:email:a", max: 2, windowSeconds: 86_400 },
      { key: "test:domain:a", max: 100, windowSeconds: 3600 },
    ];
    expect(await consume(limits, at)).toBe(true);
    expect(await consume(limits, at)).toBe(true);
    expect(await consume(limits, at)).toBe(false); // the email's 2 are used up
    expect([await count("test:ip:a"), await count("test:email:a"), await count("test:domain:a")]).toEqual([3, 3, 3]);
    // Another address for the same domain is still welcome.
    expect(await consume([{ key: "test:ip:b", max: 3, windowSeconds: 3600 }, limits[2]], at)).toBe(true);
    // A new window starts from zero.
    expect(await consume(limits, at + 86_400_000)).toBe(true);
  });

  it("counts every hit exactly when parallel requests share keys, listed in any order", async () => {
    const at = Date.UTC(2026, 11, 2, 11, 0, 0);
    const shared = ["test:shared:x", "test:shared:y", "test:shared:z"];
    const calls = Array.from({ length: 60 }, (_, i) => {
      const keys = i % 2 === 0 ? shared : [...shared].reverse();
      return consume(
        [...keys, `test:own:${i}`].map((key) => ({ key, max: 1000, windowSeconds: 3600 })),
        at,
      );
    });
    expect(await Promise.all(calls)).toEqual(Array(60).fill(true));
    for (const key of shared) expect(await count(key)).toBe(60);
  });
});
