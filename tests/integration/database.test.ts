import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isUniqueViolation } from "@/lib/db/errors";
import { claimDataDir } from "@/lib/db/lock.server";
import { applyMigrations, pendingSchemaChanges, readMigrationsList, schemaPath } from "@/lib/db/migrations.server";
import { Prisma } from "@/lib/generated/prisma/client";
import { seedCampaignContent, seedDemoEndorsements } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";

describe(`database on ${testDatabaseKind}`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("records every migration in _prisma_migrations, as stock Prisma does, and reapplies nothing", async () => {
    const rows = await database.prisma.$queryRaw<{ migration_name: string; finished_at: Date | null }[]>`
      SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name`;
    expect(rows.map((row) => row.migration_name)).toEqual(
      readMigrationsList().migrationDirectories.map((directory) => directory.path),
    );
    expect(rows.every((row) => row.finished_at !== null)).toBe(true);
    expect(await applyMigrations(database.factory)).toEqual([]);
  });

  it("loads the campaign's partners, key messages, actions, news and events, and can run again", async () => {
    await seedCampaignContent(database.prisma);
    await seedCampaignContent(database.prisma);
    const prisma = database.prisma;
    expect(await prisma.partner.count()).toBe(16);
    expect(await prisma.keyMessage.count()).toBe(5);
    expect(await prisma.callToAction.count()).toBe(9);
    const icae = await prisma.partner.findUniqueOrThrow({ where: { slug: "icae" } });
    expect(icae.name).toBe("International Council for Adult Education");
    const horizons = await prisma.callToAction.groupBy({ by: ["horizon"], _count: true, orderBy: { horizon: "asc" } });
    expect(horizons.map((h) => [h.horizon, h._count])).toEqual([
      ["IMMEDIATE", 3],
      ["MEDIUM_TERM", 4],
      ["LONGER_TERM", 2],
    ]);
    const kickOff = await prisma.event.findUniqueOrThrow({ where: { slug: "global-campaign-kick-off" } });
    expect(kickOff.startsAt.toISOString()).toBe("2021-03-22T13:00:00.000Z");
    expect(kickOff.timeZone).toBe("Europe/Paris");
    expect(await prisma.newsItem.count({ where: { status: "PUBLISHED" } })).toBe(2);
  });

  it("reads a raw statement past Prisma's client as $queryRaw reads it, in any time zone", async () => {
    const zone = process.env.TZ;
    // Three hours behind UTC: a time sent or read as local time would be three hours off.
    process.env.TZ = "America/Sao_Paulo";
    try {
      const at = new Date("2026-03-01T23:30:00.123Z");
      const query = Prisma.sql`
        SELECT ${at}::timestamp(3) AS "at", ${at}::timestamptz AS "zoned", NULL::timestamp(3) AS "none",
          9007199254740993::bigint AS "big", 7::int AS "small", true AS "yes", '{"a": [1]}'::jsonb AS "json",
          ${"x"} AS "text", ${at}::timestamp(3) = '2026-03-01 23:30:00.123' AS "storedAsUtc"`;
      const [past] = await database.rows(query);
      expect(past).toEqual({
        at,
        zoned: at,
        none: null,
        big: 9007199254740993n,
        small: 7,
        yes: true,
        json: { a: [1] },
        text: "x",
        storedAsUtc: true,
      });
      expect(await database.prisma.$queryRaw(query)).toEqual([past]);
    } finally {
      process.env.TZ = zone;
    }
  });

  it("tells a unique key's refusal from other errors, from the query builder and from raw SQL alike", async () => {
    const prisma = database.prisma;
    const bucket = { key: "unique-test", windowStart: new Date(0), count: 1 };
    await prisma.rateLimitBucket.create({ data: bucket });
    const builder = await prisma.rateLimitBucket.create({ data: bucket }).catch((error: unknown) => error);
    const raw = await prisma.$executeRaw`
      INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES ('unique-test', ${bucket.windowStart}, 1)`.catch(
      (error: unknown) => error,
    );
    const other = await prisma.$executeRaw`INSERT INTO "RateLimitBucket" ("key") VALUES (NULL)`.catch(
      (error: unknown) => error,
    );
    expect([isUniqueViolation(builder), isUniqueViolation(raw), isUniqueViolation(other)]).toEqual([true, true, false]);
    expect(other).toBeInstanceOf(Error);
  });

  it("creates demo endorsements across every region with a consistent lifecycle", async () => {
    const { created } = await seedDemoEndorsements(database.prisma, 120);
    expect(created).toBe(120);
    expect((await seedDemoEndorsements(database.prisma, 120)).created).toBe(0);
    const prisma = database.prisma;
    const regions = await prisma.endorsement.groupBy({ by: ["region"], _count: true });
    expect(regions).toHaveLength(5);
    const approvedWithoutDate = await prisma.endorsement.count({ where: { status: "APPROVED", approvedAt: null } });
    expect(approvedWithoutDate).toBe(0);
    const withoutCommitment = await prisma.endorsement.count({ where: { commitments: { none: {} } } });
    expect(withoutCommitment).toBe(0);
    const sample = await prisma.endorsement.findFirstOrThrow({
      include: { statusChanges: { orderBy: { at: "asc" } } },
    });
    expect(sample.statusChanges[0].toStatus).toBe("AWAITING_CONFIRMATION");
  });
});

describe("drift check", () => {
  it("finds nothing when schema.prisma and the migrations agree", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });

  it("reports the missing SQL when schema.prisma changed without a migration", async () => {
    const schema = readFileSync(schemaPath, "utf8").replace(
      "model Partner {\n",
      "model Partner {\n  twitterHandle String?\n",
    );
    const sql = await pendingSchemaChanges({ schema });
    expect(sql).toMatch(/ALTER TABLE "Partner" ADD COLUMN\s+"twitterHandle" TEXT/);
  });

  it("fails the db:check command on drift", () => {
    const edited = path.join(mkdtempSync(path.join(tmpdir(), "ale-schema-")), "schema.prisma");
    writeFileSync(
      edited,
      readFileSync(schemaPath, "utf8").replace("model Partner {\n", "model Partner {\n  twitterHandle String?\n"),
    );
    const check = (...extra: string[]) =>
      spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", "check", ...extra], { encoding: "utf8" });
    const drifted = check("--schema", edited);
    expect(drifted.status).toBe(1);
    expect(drifted.stderr).toContain("differs from the migration history");
    expect(drifted.stderr).toContain('ADD COLUMN     "twitterHandle"');
    expect(check().status).toBe(0);
  });
});

describe("embedded database folder", () => {
  it("refuses a second process while one holds it", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "ale-data-"));
    const release = claimDataDir(path.join(dataDir, "pglite"));
    try {
      const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db.ts", "migrate"], {
        encoding: "utf8",
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" },
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/already open in process \d+/);
    } finally {
      release();
    }
  });
});
