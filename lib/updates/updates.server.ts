import "server-only";
import { micromark } from "micromark";
import { createTranslator } from "use-intl/core";
import { directionOf, isLocale, type Locale } from "../../i18n/routing";
import { type Actor, recordAudit } from "../audit/audit.server";
import { saveNews } from "../content/editor.server";
import { db } from "../db/client.server";
import type { Email } from "../email/mailer.server";
import { emailRow, emailsTo, queueEmail, startDelivery } from "../email/queue.server";
import { escapeHtml, siteLink } from "../endorsements/emails.server";
import { type EndorserContact, endorserContact, unsubscribeEndorser } from "../endorsements/lifecycle.server";
import { env } from "../env.server";
import type { Endorsement, Prisma } from "../generated/prisma/client";
import { catalogues } from "../i18n/catalogues";
import { signValue, verifySigned } from "../security/signing.server";
import type { Audience } from "./schema";

// Campaign updates (decision 025): staff write one in Markdown per language, choose an audience and
// send it to the approved endorsers who consented, each in their language (English otherwise, said
// so), through the mail queue at CAMPAIGN_MAILS_PER_MINUTE. Every message carries a one-click
// unsubscribe (RFC 8058) and the manage link.

type Translation = { locale: string; subject: string; body: string };
type Draft = { translations: Translation[]; audience: Audience };

export function audienceWhere(audience: Audience): Prisma.EndorsementWhereInput {
  return {
    status: "APPROVED",
    consentEmails: true,
    ...(audience.regions.length > 0 && { region: { in: audience.regions } }),
    ...(audience.types.length > 0 && { type: { in: audience.types } }),
    ...(audience.locales.length > 0 && { locale: { in: audience.locales } }),
    ...(audience.actions.length > 0 && { commitments: { some: { actionNumber: { in: audience.actions } } } }),
  };
}

export const countRecipients = (audience: Audience) => db().endorsement.count({ where: audienceWhere(audience) });

export function audienceOf(stored: Prisma.JsonValue): Audience {
  const value = (stored ?? {}) as Partial<Audience>;
  return {
    regions: value.regions ?? [],
    types: value.types ?? [],
    actions: value.actions ?? [],
    locales: value.locales ?? [],
  };
}

/** Creates a draft, or replaces the text and audience of one not sent yet; null when it was sent meanwhile. */
export async function saveUpdate(actor: Actor, id: string | undefined, draft: Draft) {
  return db().$transaction(async (tx) => {
    const audience = draft.audience as unknown as Prisma.InputJsonValue;
    let updateId = id;
    if (updateId) {
      const { count } = await tx.campaignUpdate.updateMany({
        where: { id: updateId, sentAt: null },
        data: { audience },
      });
      if (count === 0) return null;
      await tx.campaignUpdateTranslation.deleteMany({ where: { updateId } });
    } else updateId = (await tx.campaignUpdate.create({ data: { audience } })).id;
    await tx.campaignUpdateTranslation.createMany({ data: draft.translations.map((t) => ({ ...t, updateId })) });
    await recordAudit(
      {
        actor,
        action: id ? "update.edit" : "update.create",
        entityType: "CampaignUpdate",
        entityId: updateId,
        after: { locales: draft.translations.map((t) => t.locale), audience: draft.audience },
      },
      tx,
    );
    return updateId;
  });
}

export function getUpdate(id: string) {
  return db().campaignUpdate.findUnique({
    where: { id },
    include: { translations: true, sentBy: { select: { email: true } } },
  });
}

/** The archive: every update, newest first, with who sent it and how its messages fared. */
export async function listUpdates() {
  const [updates, counts] = await Promise.all([
    db().campaignUpdate.findMany({
      orderBy: [{ sentAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
      take: 200,
      include: { translations: { select: { locale: true, subject: true } }, sentBy: { select: { email: true } } },
    }),
    db().outboundEmail.groupBy({
      by: ["campaignUpdateId", "status"],
      where: { campaignUpdateId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const countOf = (id: string, statuses: string[]) =>
    counts
      .filter((row) => row.campaignUpdateId === id && statuses.includes(row.status))
      .reduce((sum, row) => sum + row._count._all, 0);
  return updates.map((update) => ({
    ...update,
    subject: (update.translations.find((t) => t.locale === "en") ?? update.translations[0])?.subject ?? "",
    delivered: countOf(update.id, ["SENT"]),
    failed: countOf(update.id, ["FAILED"]),
    waiting: countOf(update.id, ["PENDING", "SENDING"]),
  }));
}

/** Markdown as email HTML: raw HTML is escaped and unsafe link targets dropped (micromark's defaults). */
export function markdownHtml(markdown: string) {
  return micromark(markdown);
}

export function unsubscribeLink(endorsementId: string, locale: string) {
  return siteLink(`/api/unsubscribe?l=${locale}&t=${encodeURIComponent(signValue("unsubscribe", endorsementId))}`);
}

/** One endorser's copy: their language when the update has it, else English with a note in theirs. */
export function updateEmail(translations: Translation[], contact: EndorserContact, unsubscribe: string): Email {
  const own: Locale = isLocale(contact.locale) ? contact.locale : "en";
  const text = translations.find((t) => t.locale === own) ?? translations.find((t) => t.locale === "en");
  if (!text) throw new Error("An update needs its English text.");
  const t = createTranslator({ locale: own, messages: catalogues[own], namespace: "Emails.update" });
  const manage = siteLink(`/${own}/endorse/manage`);
  const note = text.locale !== own ? t("fallback") : undefined;
  const why = t("why", { organisation: contact.organisation });
  const plain = [
    ...(note ? [note] : []),
    text.body,
    "—",
    why,
    `${t("unsubscribe")}: ${unsubscribe}`,
    `${t("manage")}: ${manage}`,
  ].join("\n\n");
  const html = `<!doctype html><html lang="${own}" dir="${directionOf(own)}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
${note ? `<p style="font-style:italic">${escapeHtml(note)}</p>\n` : ""}<div lang="${text.locale}" dir="${directionOf(text.locale)}">${markdownHtml(text.body)}</div>
<hr>
<p style="font-size:13px;color:#4b5563">${escapeHtml(why)}<br><a href="${escapeHtml(unsubscribe)}">${escapeHtml(t("unsubscribe"))}</a> · <a href="${escapeHtml(manage)}">${escapeHtml(t("manage"))}</a></p>
</body></html>`;
  return {
    to: contact.to,
    subject: text.subject,
    text: plain,
    html,
    locale: text.locale,
    headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
  };
}

/** Sends the staff member every language version of the update, addressed as an English endorser would be. */
export async function sendTest(id: string, staff: Actor & { name: string }) {
  const update = await getUpdate(id);
  if (!update) return 0;
  const contact = { to: staff.email, contactName: staff.name, organisation: "Test organisation" };
  for (const translation of update.translations)
    await queueEmail(
      updateEmail(update.translations, { ...contact, locale: translation.locale }, siteLink("/api/unsubscribe?test=1")),
    );
  return update.translations.length;
}

const batch = 500;

/**
 * Queues one message per recipient, paced: message n is due n / CAMPAIGN_MAILS_PER_MINUTE minutes
 * from now. All in one transaction with the claim on the update, so a double click or a second
 * instance sends nothing twice. Returns how many were queued, or null when it was already sent.
 */
export async function sendUpdate(id: string, staff: Actor, now = new Date()) {
  const perMinute = env().CAMPAIGN_MAILS_PER_MINUTE;
  const queued = await db().$transaction(
    async (tx) => {
      const { count } = await tx.campaignUpdate.updateMany({
        where: { id, sentAt: null },
        data: { sentAt: now, sentById: staff.id },
      });
      if (count === 0) return null;
      const update = await tx.campaignUpdate.findUniqueOrThrow({ where: { id }, include: { translations: true } });
      const where = audienceWhere(audienceOf(update.audience));
      let total = 0;
      let after: string | undefined;
      for (;;) {
        const recipients: Endorsement[] = await tx.endorsement.findMany({
          where,
          orderBy: { id: "asc" },
          take: batch,
          ...(after && { cursor: { id: after }, skip: 1 }),
        });
        await tx.outboundEmail.createMany({
          data: recipients.map((recipient, index) => {
            const email = updateEmail(
              update.translations,
              endorserContact(recipient),
              unsubscribeLink(recipient.id, recipient.locale),
            );
            const due = new Date(now.getTime() + Math.floor((total + index) / perMinute) * 60_000);
            return { ...emailRow(email), campaignUpdateId: id, nextAttemptAt: due };
          }),
        });
        total += recipients.length;
        if (recipients.length < batch) break;
        after = recipients.at(-1)?.id;
      }
      await tx.campaignUpdate.update({ where: { id }, data: { recipientCount: total } });
      await recordAudit(
        {
          actor: staff,
          action: "update.send",
          entityType: "CampaignUpdate",
          entityId: id,
          after: { recipients: total },
        },
        tx,
      );
      return total;
    },
    { timeout: 120_000 },
  );
  if (queued) startDelivery();
  return queued;
}

/**
 * The one-click unsubscribe: a signed link (no expiry: it must work from an old email), effective
 * at once. Replaying it changes nothing. False when the link was altered.
 */
export async function unsubscribe(token: string) {
  const id = verifySigned("unsubscribe", token);
  if (!id) return false;
  await unsubscribeEndorser(id);
  // Paced messages still waiting in the queue are not sent either.
  const endorsement = await db().endorsement.findUnique({ where: { id } });
  if (endorsement)
    await db().outboundEmail.deleteMany({
      where: { ...emailsTo(endorserContact(endorsement).to), campaignUpdateId: { not: null }, status: "PENDING" },
    });
  return true;
}

/** The first paragraph as plain text, for a news summary. */
export function summaryOf(markdown: string) {
  const first = markdown.split(/\n\s*\n/).find((paragraph) => paragraph.trim()) ?? "";
  const plain = first
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return plain.length > 280 ? `${plain.slice(0, 279)}…` : plain;
}

/**
 * A sent update as a draft news item, in every language it was written in; staff finish and publish
 * it in the news editor. Made once: later calls return the same item.
 */
export async function publishAsNews(actor: Actor, id: string) {
  const update = await getUpdate(id);
  if (!update?.sentAt) return null;
  if (update.newsItemId) return update.newsItemId;
  const newsItemId = await saveNews(actor, undefined, {
    status: "DRAFT",
    publishedAt: update.sentAt,
    translations: update.translations.flatMap((t) =>
      isLocale(t.locale) ? [{ locale: t.locale, title: t.subject, summary: summaryOf(t.body), body: t.body }] : [],
    ),
  });
  await db().campaignUpdate.updateMany({ where: { id, newsItemId: null }, data: { newsItemId } });
  return newsItemId;
}
