import { readFileSync } from "node:fs";
import path from "node:path";
import { locales } from "../../i18n/routing";
import { campaignTextKeys, messageAt } from "../../lib/content/campaign-texts";
import type { Database } from "../../lib/db/client.server";

type Messages = Parameters<typeof messageAt>[0];

const messagesOf = (locale: string): Messages =>
  JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages", `${locale}.json`), "utf8"));

export type SeedText = { key: string; locale: string; text: string };

/**
 * Each campaign text the database lacks is copied, published, from messages/<locale>.json (and
 * from `sourced`: the key messages and actions read from the campaign's documents): the first
 * version of every text, and of every language added to i18n/routing.ts. Texts staff have saved
 * are never touched.
 */
export async function seedCampaignTexts(prisma: Database, load = messagesOf, sourced: SeedText[] = []) {
  const now = new Date();
  const existing = new Set(
    (await prisma.contentText.findMany({ select: { key: true, locale: true } })).map(
      (row) => `${row.key}:${row.locale}`,
    ),
  );
  const missing: SeedText[] = locales.flatMap((locale) => {
    const messages = load(locale);
    return campaignTextKeys.flatMap((key) => {
      const text = messageAt(messages, key);
      if (existing.has(`${key}:${locale}`) || typeof text !== "string" || !text.trim()) return [];
      return [{ key, locale, text }];
    });
  });
  missing.push(...sourced.filter(({ key, locale, text }) => text.trim() && !existing.has(`${key}:${locale}`)));
  if (missing.length === 0) return 0;
  await prisma.$transaction([
    prisma.contentText.createMany({
      data: missing.map(({ key, locale, text }) => ({
        key,
        locale,
        latestNumber: 1,
        publishedNumber: 1,
        publishedText: text,
        publishedAt: now,
        sourcePublishedAt: locale === "en" ? null : now,
      })),
      skipDuplicates: true,
    }),
    prisma.contentRevision.createMany({
      data: missing.map(({ key, locale, text }) => ({ key, locale, number: 1, text, publishedAt: now })),
      skipDuplicates: true,
    }),
  ]);
  return missing.length;
}
