import "server-only";
import { type Actor, recordAudit } from "../audit/audit.server";
import { keyMessagesChanged } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import type { AdminTranslator } from "../staff/admin-language";
import { keyMessageTextKey, textProblem } from "./campaign-texts";
import { saveCampaignText, translationStatus } from "./campaign-texts.server";

// Key messages (decision 029): the row holds the order and whether it is retired; its words, per
// language, are the campaign text `keyMessage.<id>`, with the same drafts, history and restore as
// every other text (campaign-texts.server.ts). Nothing is ever deleted: retiring hides a message.

export type KeyMessageResult = { ok: true; id: string } | { ok: false; error: string };

/**
 * Adds a key message at the end, its English text saved as a draft: it reaches the site when that
 * draft is published.
 */
export async function addKeyMessage(input: {
  actor: Actor;
  text: string;
  t?: AdminTranslator;
}): Promise<KeyMessageResult> {
  const text = input.text.replace(/\r\n/g, "\n").trim();
  const problem = textProblem(text, undefined, input.t);
  if (problem) return { ok: false, error: problem };
  const message = await db().$transaction(async (tx) => {
    const last = await tx.keyMessage.aggregate({ _max: { position: true } });
    const created = await tx.keyMessage.create({ data: { position: (last._max.position ?? -1) + 1 } });
    await recordAudit(
      {
        actor: input.actor,
        action: "keyMessage.add",
        entityType: "KeyMessage",
        entityId: created.id,
        before: null,
        after: { position: created.position, text },
      },
      tx,
    );
    return created;
  });
  const saved = await saveCampaignText({
    actor: input.actor,
    key: keyMessageTextKey(message.id),
    locale: "en",
    text,
    baseNumber: 0,
    publish: false,
    t: input.t,
  });
  if (!saved.ok) return { ok: false, error: saved.error };
  return { ok: true, id: message.id };
}

/** Swaps a message on the site with its neighbour above ("up") or below ("down"). */
export async function moveKeyMessage(input: { actor: Actor; id: string; direction: "up" | "down" }) {
  const moved = await db().$transaction(async (tx) => {
    const order = await tx.keyMessage.findMany({
      where: { retiredAt: null },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
    const index = order.findIndex((message) => message.id === input.id);
    const other = order[input.direction === "up" ? index - 1 : index + 1];
    if (index < 0 || !other) return false;
    // Positions are renumbered in the current order first, so two equal positions cannot block a swap.
    const positions = order.map((message) => message.id);
    [positions[index], positions[order.indexOf(other)]] = [other.id, input.id];
    for (const [position, id] of positions.entries()) {
      await tx.keyMessage.update({ where: { id }, data: { position } });
    }
    await recordAudit(
      {
        actor: input.actor,
        action: "keyMessage.move",
        entityType: "KeyMessage",
        entityId: input.id,
        before: { position: index + 1 },
        after: { position: positions.indexOf(input.id) + 1 },
      },
      tx,
    );
    return true;
  });
  if (moved) await keyMessagesChanged();
  return moved;
}

/** Takes a message off the site (retire) or puts it back where it was (restore); its texts stay. */
export async function setKeyMessageRetired(input: { actor: Actor; id: string; retired: boolean }) {
  const changed = await db().$transaction(async (tx) => {
    const updated = await tx.keyMessage.updateMany({
      where: { id: input.id, retiredAt: input.retired ? null : { not: null } },
      data: { retiredAt: input.retired ? new Date() : null },
    });
    if (updated.count === 0) return false;
    await recordAudit(
      {
        actor: input.actor,
        action: input.retired ? "keyMessage.retire" : "keyMessage.restore",
        entityType: "KeyMessage",
        entityId: input.id,
        before: { retired: !input.retired },
        after: { retired: input.retired },
      },
      tx,
    );
    return true;
  });
  if (changed) await keyMessagesChanged();
  return changed;
}

/**
 * Every key message for the editor: on the site in order, then retired ones; each with its English
 * text (the draft if there is one) and, per language, whether its translation is missing, outdated
 * or current. Retired messages have no translation status: they are no longer on the site.
 */
export async function keyMessagesForEditing() {
  const [messages, status] = await Promise.all([
    db().keyMessage.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }] }),
    translationStatus(),
  ]);
  const english = await db().contentText.findMany({
    where: { locale: "en", key: { in: messages.map((message) => keyMessageTextKey(message.id)) } },
    select: { key: true, publishedText: true, draftText: true },
  });
  return messages
    .map((message) => {
      const key = keyMessageTextKey(message.id);
      const text = english.find((row) => row.key === key);
      return {
        id: message.id,
        key,
        retiredAt: message.retiredAt,
        text: text?.draftText ?? text?.publishedText ?? "",
        published: Boolean(text?.publishedText),
        hasDraft: text?.draftText != null,
        translations: status.map((language) => ({
          locale: language.locale,
          ...(language.texts.find((entry) => entry.key === key) ?? { status: undefined, hasDraft: false }),
        })),
      };
    })
    .sort((a, b) => Number(Boolean(a.retiredAt)) - Number(Boolean(b.retiredAt)));
}
