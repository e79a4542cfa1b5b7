// The migration that made key messages and actions campaign texts (decision 029) must carry an
// existing site's words over: every translation becomes revision 1, published, before the old
// translation tables are dropped.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "@/lib/db/client.server";
import { applyMigrations, migrationsDir } from "@/lib/db/migrations.server";

const moving = readdirSync(migrationsDir).find((name) => name.endsWith("_key_messages_and_actions_as_campaign_texts"));
const earlier = mkdtempSync(path.join(tmpdir(), "ale-migrations-"));

describe("moving key messages and actions into campaign texts", () => {
  const connection = connect({});
  afterAll(async () => {
    await connection.close();
    rmSync(earlier, { recursive: true, force: true });
  });

  it("copies every translation, published, with its first revision", async () => {
    if (!moving) throw new Error("migration not found");
    cpSync(migrationsDir, earlier, {
      recursive: true,
      // Every file, except the migrations from this one on.
      filter: (source) => {
        const folder = path.relative(migrationsDir, source).split(path.sep)[0];
        return !/^\d{14}_/.test(folder) || folder < moving;
      },
    });
    await applyMigrations(connection.factory, earlier);
    const sql = connection.prisma.$executeRawUnsafe.bind(connection.prisma);
    await sql(`INSERT INTO "KeyMessage" ("id", "position") VALUES ('km1', 0)`);
    await sql(
      `INSERT INTO "KeyMessageTranslation" ("keyMessageId", "locale", "text") VALUES ('km1', 'en', 'One voice'), ('km1', 'fr', 'Une voix')`,
    );
    await sql(`INSERT INTO "CallToAction" ("number", "horizon") VALUES (2, 'IMMEDIATE')`);
    await sql(
      `INSERT INTO "CallToActionTranslation" ("actionNumber", "locale", "title", "body") VALUES (2, 'es', 'Usar', 'Uno.\n\nDos.')`,
    );

    expect(await applyMigrations(connection.factory)).toContain(moving);
    const texts = await connection.prisma.contentText.findMany({ orderBy: [{ key: "asc" }, { locale: "asc" }] });
    expect(texts.map((t) => [t.key, t.locale, t.publishedText, t.publishedNumber, t.latestNumber])).toEqual([
      ["action.2.body", "es", "Uno.\n\nDos.", 1, 1],
      ["action.2.title", "es", "Usar", 1, 1],
      ["keyMessage.km1", "en", "One voice", 1, 1],
      ["keyMessage.km1", "fr", "Une voix", 1, 1],
    ]);
    expect(texts.find((t) => t.locale === "fr")?.sourcePublishedAt).toBeInstanceOf(Date);
    const revisions = await connection.prisma.contentRevision.findMany({ where: { number: 1 } });
    expect(revisions).toHaveLength(4);
    expect(revisions.every((revision) => revision.publishedAt !== null)).toBe(true);
    expect(await connection.prisma.keyMessage.findUnique({ where: { id: "km1" } })).toMatchObject({ retiredAt: null });
  });
});
