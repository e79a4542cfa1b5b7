import "server-only";
import { draftMode } from "next/headers";
import { createTranslator } from "next-intl";
import { isLocale, locales } from "../../i18n/routing";
import en from "../../messages/en.json";
import { type AuditActor, recordAudit } from "../audit/audit.server";
import { cacheTags, campaignTextsChanged, dependsOn } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import { isUniqueViolation } from "../db/errors";
import type { AdminTranslator } from "../staff/admin-language";
import {
  campaignTextKeys,
  englishAdmin,
  isCampaignTextKey,
  keyMessageIdOf,
  keyMessageTextKey,
  messageAt,
  textProblem,
  withTexts,
} from "./campaign-texts";

// Campaign texts (decision 020): read by the public pages, written only through this module.
// Every save appends a revision; `latestNumber` is the revision a form was opened on, so a save
// from a stale form is refused instead of overwriting a colleague's newer text.

type Messages = Parameters<typeof withTexts>[0];
const english = (key: string) => {
  const value = messageAt(en as Messages, key);
  return typeof value === "string" ? value : undefined;
};

/** Inside a staff member's preview (Next draft mode), pages show drafts; anywhere else, never. */
async function previewing() {
  try {
    if (!(await draftMode()).isEnabled) return false;
  } catch {
    return false;
  }
  // Loaded only here: the staff session (Auth.js) is needed for a preview, never for a visitor.
  const { currentStaff } = await import("../staff/session.server");
  return Boolean(await currentStaff());
}

/**
 * The published texts of `keys` (the visitor's language, else English; drafts too inside a staff
 * preview), each with the language it is in. A key with no text in either language is left out.
 */
export async function campaignTextsIn(locale: string, keys: string[]) {
  await dependsOn(cacheTags.campaignTexts);
  const preview = await previewing();
  const rows = keys.length
    ? await db().contentText.findMany({
        where: { key: { in: keys }, locale: { in: [...new Set([locale, "en"])] } },
        select: { key: true, locale: true, publishedText: true, draftText: true },
      })
    : [];
  const textOf = (key: string, inLocale: string) => {
    const row = rows.find((r) => r.key === key && r.locale === inLocale);
    return (preview ? (row?.draftText ?? row?.publishedText) : row?.publishedText) ?? undefined;
  };
  const texts = new Map<string, { text: string; locale: string }>();
  for (const key of keys) {
    const own = textOf(key, locale);
    const inEnglish = textOf(key, "en");
    if (own !== undefined) texts.set(key, { text: own, locale });
    else if (inEnglish !== undefined) texts.set(key, { text: inEnglish, locale: "en" });
  }
  return texts;
}

/**
 * A translator for a page's namespace, like next-intl's getTranslations, reading the published
 * campaign texts (the visitor's language, else English) over the interface messages. `fallbackKeys`
 * lists the texts shown in English because their translation is missing, for the page's note.
 */
export async function campaignText(locale: string, namespace: string) {
  const keys = campaignTextKeys.filter((key) => key.startsWith(`${namespace}.`));
  const found = await campaignTextsIn(locale, keys);
  const texts = new Map([...found].map(([key, { text }]) => [key, text]));
  const fallbackKeys = [...found].filter(([, text]) => text.locale !== locale).map(([key]) => key);
  const messages = withTexts(
    (await import(`../../messages/${isLocale(locale) ? locale : "en"}.json`)).default as Messages,
    texts,
  );
  const t = createTranslator({ locale, messages, namespace: namespace as never });
  return Object.assign(t as unknown as ReturnType<typeof createTranslator>, { fallbackKeys });
}

export type SaveTextResult =
  | { ok: true; number: number }
  | { ok: false; error: string; field: "text" | "form"; latestNumber?: number };

export const staleRevisionMessage = englishAdmin("Errors.texts.stale");

/**
 * Saves `text` as the next revision of (key, locale), as a draft or published at once.
 * `baseNumber` is the latest revision the editor was opened on; anything newer refuses the save.
 */
export async function saveCampaignText(input: {
  actor: AuditActor;
  key: string;
  locale: string;
  text: string;
  baseNumber: number;
  publish: boolean;
  /** The staff member's words for a refusal (English by default). */
  t?: AdminTranslator;
}): Promise<SaveTextResult> {
  const { actor, key, locale, baseNumber, publish, t = englishAdmin } = input;
  const keyMessageId = keyMessageIdOf(key);
  const exists =
    isCampaignTextKey(key) &&
    (locales as readonly string[]).includes(locale) &&
    (keyMessageId === undefined || (await db().keyMessage.count({ where: { id: keyMessageId } })) > 0);
  if (!exists) return { ok: false, field: "form", error: t("Errors.texts.notFound") };
  const text = input.text.replace(/\r\n/g, "\n").trim();
  const problem = textProblem(text, english(key), t);
  if (problem) return { ok: false, field: "text", error: problem };

  const now = new Date();
  const result = await db()
    .$transaction(async (tx) => {
      const current = await tx.contentText.findUnique({ where: { key_locale: { key, locale } } });
      const number = baseNumber + 1;
      const sourcePublishedAt =
        publish && locale !== "en"
          ? ((await tx.contentText.findUnique({ where: { key_locale: { key, locale: "en" } } }))?.publishedAt ?? null)
          : undefined;
      const fields = publish
        ? {
            publishedNumber: number,
            publishedText: text,
            publishedAt: now,
            sourcePublishedAt,
            draftNumber: null,
            draftText: null,
          }
        : { draftNumber: number, draftText: text };
      if (current) {
        // The conditional update is the stale check: it matches only if nobody saved since.
        const updated = await tx.contentText.updateMany({
          where: { key, locale, latestNumber: baseNumber },
          data: { latestNumber: number, ...fields },
        });
        if (updated.count === 0) return { stale: true as const, latestNumber: current.latestNumber };
      } else {
        if (baseNumber !== 0) return { stale: true as const, latestNumber: 0 };
        await tx.contentText.create({ data: { key, locale, latestNumber: number, ...fields } });
      }
      await tx.contentRevision.create({
        data: {
          key,
          locale,
          number,
          text,
          authorId: "id" in actor ? actor.id : null,
          publishedAt: publish ? now : null,
        },
      });
      await recordAudit(
        {
          actor,
          action: publish ? "text.publish" : "text.draft",
          entityType: "ContentText",
          entityId: `${key}:${locale}`,
          before: { revision: baseNumber, text: current ? (current.draftText ?? current.publishedText) : null },
          after: { revision: number, text },
        },
        tx,
      );
      return { stale: false as const, number };
    })
    .catch((error: unknown) => {
      // Two first saves at once: the second create hits the primary key, which is the same conflict.
      if (isUniqueViolation(error)) return { stale: true as const, latestNumber: 1 };
      throw error;
    });
  if (result.stale)
    return { ok: false, field: "form", error: t("Errors.texts.stale"), latestNumber: result.latestNumber };
  if (publish) await campaignTextsChanged();
  return { ok: true, number: result.number };
}

/** Publishes the current draft as it stands: its revision becomes the published one. */
export async function publishCampaignDraft(input: {
  actor: AuditActor;
  key: string;
  locale: string;
  baseNumber: number;
}): Promise<SaveTextResult> {
  const { actor, key, locale, baseNumber } = input;
  const now = new Date();
  const result = await db().$transaction(async (tx) => {
    const row = await tx.contentText.findUnique({ where: { key_locale: { key, locale } } });
    if (row?.draftText == null || row.draftNumber == null) return { error: englishAdmin("Errors.texts.noDraft") };
    const sourcePublishedAt =
      locale === "en"
        ? undefined
        : ((await tx.contentText.findUnique({ where: { key_locale: { key, locale: "en" } } }))?.publishedAt ?? null);
    const updated = await tx.contentText.updateMany({
      where: { key, locale, latestNumber: baseNumber, draftNumber: row.draftNumber },
      data: {
        publishedNumber: row.draftNumber,
        publishedText: row.draftText,
        publishedAt: now,
        sourcePublishedAt,
        draftNumber: null,
        draftText: null,
      },
    });
    if (updated.count === 0) return { error: staleRevisionMessage, latestNumber: row.latestNumber };
    await tx.contentRevision.update({
      where: { key_locale_number: { key, locale, number: row.draftNumber } },
      data: { publishedAt: now },
    });
    await recordAudit(
      {
        actor,
        action: "text.publish",
        entityType: "ContentText",
        entityId: `${key}:${locale}`,
        before: { revision: row.publishedNumber, text: row.publishedText },
        after: { revision: row.draftNumber, text: row.draftText },
      },
      tx,
    );
    return { number: row.draftNumber };
  });
  if ("error" in result && result.error) {
    return { ok: false, field: "form", error: result.error, latestNumber: result.latestNumber };
  }
  await campaignTextsChanged();
  return { ok: true, number: result.number as number };
}

/** Brings back an earlier revision's text as a new draft, to preview and publish. */
export async function restoreCampaignRevision(input: {
  actor: AuditActor;
  key: string;
  locale: string;
  number: number;
  baseNumber: number;
}) {
  const revision = await db().contentRevision.findUnique({
    where: { key_locale_number: { key: input.key, locale: input.locale, number: input.number } },
  });
  if (!revision) return { ok: false as const, field: "form" as const, error: englishAdmin("Errors.texts.noRevision") };
  return saveCampaignText({ ...input, text: revision.text, publish: false });
}

/** Everything the editor shows for one text in one language. */
export async function campaignTextForEditing(key: string, locale: string) {
  const [row, source, revisions] = await Promise.all([
    db().contentText.findUnique({ where: { key_locale: { key, locale } } }),
    locale === "en" ? null : db().contentText.findUnique({ where: { key_locale: { key, locale: "en" } } }),
    db().contentRevision.findMany({
      where: { key, locale },
      orderBy: { number: "desc" },
      take: 50,
      include: { author: { select: { name: true, email: true } } },
    }),
  ]);
  return { row, source, revisions, status: row && source ? statusOf(row, source) : undefined };
}

export type TextStatus = { state: "missing" } | { state: "outdated"; since: Date } | { state: "current" };

type StatusRow = { publishedText: string | null; sourcePublishedAt: Date | null } | null | undefined;
type SourceRow = { publishedAt: Date | null } | null | undefined;

function statusOf(row: StatusRow, source: SourceRow): TextStatus {
  if (!row?.publishedText) return { state: "missing" };
  if (source?.publishedAt && (!row.sourcePublishedAt || source.publishedAt > row.sourcePublishedAt)) {
    return { state: "outdated", since: source.publishedAt };
  }
  return { state: "current" };
}

/**
 * Per language, each campaign text's state against its English source: missing, outdated since the
 * English text was republished, or current. "Since" is the first English publication the
 * translation has not seen. Covers the page texts and the key messages on the site (not retired).
 */
export async function translationStatus() {
  const [rows, firstUnseen, keyMessages] = await Promise.all([
    db().contentText.findMany({
      select: {
        key: true,
        locale: true,
        publishedText: true,
        publishedAt: true,
        sourcePublishedAt: true,
        draftText: true,
      },
    }),
    db().contentRevision.findMany({
      where: { locale: "en", publishedAt: { not: null } },
      select: { key: true, publishedAt: true },
      orderBy: { publishedAt: "asc" },
    }),
    db().keyMessage.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" }, select: { id: true } }),
  ]);
  const byKey = new Map(rows.map((row) => [`${row.key}:${row.locale}`, row]));
  // A text with no English version (action 7 has no explanation) has nothing to translate.
  const keys = [...campaignTextKeys, ...keyMessages.map((message) => keyMessageTextKey(message.id))].filter((key) =>
    byKey.has(`${key}:en`),
  );
  return locales
    .filter((locale) => locale !== "en")
    .map((locale) => {
      const texts = keys.map((key) => {
        const row = byKey.get(`${key}:${locale}`);
        let status = statusOf(row, byKey.get(`${key}:en`));
        if (status.state === "outdated") {
          const seen = row?.sourcePublishedAt?.getTime() ?? 0;
          const first = firstUnseen.find((r) => r.key === key && (r.publishedAt?.getTime() ?? 0) > seen);
          status = { state: "outdated", since: first?.publishedAt ?? status.since };
        }
        return { key, status, hasDraft: Boolean(row?.draftText) };
      });
      const count = (state: TextStatus["state"]) => texts.filter((text) => text.status.state === state).length;
      return { locale, texts, missing: count("missing"), outdated: count("outdated"), current: count("current") };
    });
}

/** Whether any of these translators shows a text in English for want of a translation. */
export function showsFallback(...translators: { fallbackKeys: string[] }[]) {
  return translators.some((t) => t.fallbackKeys.length > 0);
}
