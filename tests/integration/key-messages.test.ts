// Key messages and the nine actions as campaign texts (decision 029): seeded once from the campaign's
// documents, edited per language with drafts and history, reordered, retired and restored, every
// change audited and invalidating the pages that show them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { recordNames } from "@/lib/audit/record-names.server";
import { getActionTitles, getKeyMessages } from "@/lib/content/campaign.server";
import { actionTextKey, keyMessageTextKey } from "@/lib/content/campaign-texts";
import {
  campaignText,
  campaignTextForEditing,
  publishCampaignDraft,
  restoreCampaignRevision,
  saveCampaignText,
  translationStatus,
} from "@/lib/content/campaign-texts.server";
import {
  addKeyMessage,
  keyMessagesForEditing,
  moveKeyMessage,
  setKeyMessageRetired,
} from "@/lib/content/key-messages.server";
import { useConnection } from "@/lib/db/client.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { translations } from "@/prisma/seed/translations";
import { openTestDatabase, testDatabaseKind } from "./support/database";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let actor: { id: string; email: string };

const invalidatedAt = async () =>
  Number((await database.prisma.pageInvalidation.findUnique({ where: { tag: "campaign-texts" } }))?.atMs ?? 0);
const latest = async (key: string, locale: string) =>
  (await database.prisma.contentText.findUnique({ where: { key_locale: { key, locale } } }))?.latestNumber ?? 0;
const auditOf = (entityId: string) =>
  database.prisma.auditEntry.findMany({ where: { entityId }, orderBy: { id: "asc" }, select: { action: true } });

describe(`key messages and actions on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "comms@texts.test", name: "Comms", passwordHash: "x", role: "MODERATOR" },
    });
    actor = { id: staff.id, email: staff.email };
  });
  afterAll(async () => {
    await database?.close();
  });

  it("seeds five key messages and nine actions in every language, once", async () => {
    const messages = await getKeyMessages("fr");
    expect(messages.map((message) => message.text)).toEqual(translations.fr.keyMessages);
    expect(messages.every((message) => message.locale === "fr" && !message.isFallback)).toBe(true);
    const russian = await getActionTitles("ru");
    expect(russian).toHaveLength(9);
    expect(russian[5].title).toBe(translations.ru.actions[6].title);
    expect(russian[5].paragraphs).toEqual(translations.ru.actions[6].body);
    // Nine titles and eight explanations: action 7 has none in the campaign's text.
    for (const locale of locales) {
      expect(await database.prisma.contentText.count({ where: { locale, key: { startsWith: "action." } } })).toBe(17);
    }
    const french = (await translationStatus()).find((language) => language.locale === "fr");
    expect(french?.texts.some((text) => text.key === actionTextKey(7, "body"))).toBe(false);

    const key = keyMessageTextKey(messages[0].id);
    await saveCampaignText({ actor, key, locale: "fr", text: "Texte revu.", baseNumber: 1, publish: true });
    await seedCampaignContent(database.prisma);
    expect(await database.prisma.keyMessage.count()).toBe(5);
    expect((await getKeyMessages("fr"))[0].text).toBe("Texte revu.");
  });

  it("adds a key message as an English draft, off the site until published, then missing in translations", async () => {
    expect(await addKeyMessage({ actor, text: "   " })).toMatchObject({ ok: false, error: /required/ });
    expect(await addKeyMessage({ actor, text: "Learn <script>alert(1)</script>" })).toMatchObject({
      ok: false,
      error: /HTML and scripts are not allowed/,
    });
    expect(await addKeyMessage({ actor, text: "x".repeat(5_001) })).toMatchObject({
      ok: false,
      error: /at most 5,000/,
    });
    expect(await database.prisma.keyMessage.count()).toBe(5);

    const before = await invalidatedAt();
    const added = await addKeyMessage({ actor, text: "Adult learning changes lives." });
    if (!added.ok) throw new Error(added.error);
    const key = keyMessageTextKey(added.id);
    expect((await getKeyMessages("en")).map((message) => message.id)).not.toContain(added.id);
    expect(await invalidatedAt()).toBe(before);

    expect(await publishCampaignDraft({ actor, key, locale: "en", baseNumber: 1 })).toEqual({ ok: true, number: 1 });
    expect(await invalidatedAt()).toBeGreaterThan(before);
    const english = await getKeyMessages("en");
    expect(english.at(-1)).toMatchObject({ id: added.id, text: "Adult learning changes lives." });
    // Shown in English, marked as such, until someone translates it.
    expect((await getKeyMessages("es")).at(-1)).toMatchObject({ id: added.id, locale: "en", isFallback: true });
    const spanish = (await translationStatus()).find((language) => language.locale === "es");
    expect(spanish?.texts.find((text) => text.key === key)?.status).toEqual({ state: "missing" });
    expect((await auditOf(added.id)).map((entry) => entry.action)).toEqual(["keyMessage.add"]);
    expect((await auditOf(`${key}:en`)).map((entry) => entry.action)).toEqual(["text.draft", "text.publish"]);
  });

  it("refuses a text for a key message that does not exist", async () => {
    const result = await saveCampaignText({
      actor,
      key: keyMessageTextKey("cx0000000000000000000000"),
      locale: "en",
      text: "Ghost.",
      baseNumber: 0,
      publish: true,
    });
    expect(result).toMatchObject({ ok: false, field: "form" });
    expect(await database.prisma.contentText.count({ where: { key: { contains: "cx0000" } } })).toBe(0);
  });

  it("moves a key message and invalidates its pages", async () => {
    const [first, second] = await getKeyMessages("en");
    const before = await invalidatedAt();
    expect(await moveKeyMessage({ actor, id: second.id, direction: "up" })).toBe(true);
    expect(await invalidatedAt()).toBeGreaterThan(before);
    const order = (await getKeyMessages("en")).map((message) => message.id);
    expect(order.slice(0, 2)).toEqual([second.id, first.id]);
    // The first cannot go higher: nothing changes.
    expect(await moveKeyMessage({ actor, id: second.id, direction: "up" })).toBe(false);
    expect((await getKeyMessages("en")).map((message) => message.id)).toEqual(order);
    const audit = await database.prisma.auditEntry.findMany({ where: { entityId: second.id } });
    expect(audit.map((entry) => entry.action)).toEqual(["keyMessage.move"]);
    // The audit log names the message by its English words.
    expect((await recordNames(audit)).get(`KeyMessage:${second.id}`)).toEqual({ name: second.text, live: true });
  });

  it("retires a key message off the site with its history kept, and puts it back in its place", async () => {
    const order = (await getKeyMessages("fr")).map((message) => message.id);
    const retired = order[2];
    const key = keyMessageTextKey(retired);
    expect(await setKeyMessageRetired({ actor, id: retired, retired: true })).toBe(true);
    expect(await setKeyMessageRetired({ actor, id: retired, retired: true })).toBe(false);
    expect((await getKeyMessages("fr")).map((message) => message.id)).toEqual(order.filter((id) => id !== retired));
    const french = (await translationStatus()).find((language) => language.locale === "fr");
    expect(french?.texts.some((text) => text.key === key)).toBe(false);
    expect((await campaignTextForEditing(key, "fr")).revisions).toHaveLength(1);
    const editing = await keyMessagesForEditing();
    expect(editing.at(-1)).toMatchObject({ id: retired, text: expect.any(String) });
    expect(editing.at(-1)?.retiredAt).toBeInstanceOf(Date);

    expect(await setKeyMessageRetired({ actor, id: retired, retired: false })).toBe(true);
    expect((await getKeyMessages("fr")).map((message) => message.id)).toEqual(order);
    expect((await auditOf(retired)).map((entry) => entry.action)).toEqual(["keyMessage.retire", "keyMessage.restore"]);
  });

  it("edits an action's title per language with draft, publish and restore", async () => {
    const key = actionTextKey(3, "title");
    const original = (await getActionTitles("fr"))[2].title;
    const base = await latest(key, "fr");
    await saveCampaignText({ actor, key, locale: "fr", text: "Signer la campagne", baseNumber: base, publish: false });
    expect((await getActionTitles("fr"))[2].title).toBe(original);
    await publishCampaignDraft({ actor, key, locale: "fr", baseNumber: base + 1 });
    expect((await getActionTitles("fr"))[2].title).toBe("Signer la campagne");

    expect(
      await saveCampaignText({
        actor,
        key,
        locale: "fr",
        text: "Signer {la} campagne",
        baseNumber: base + 1,
        publish: true,
      }),
    ).toMatchObject({ ok: false, field: "text" });
    expect(await restoreCampaignRevision({ actor, key, locale: "fr", number: 1, baseNumber: base + 1 })).toMatchObject({
      ok: true,
    });
    await publishCampaignDraft({ actor, key, locale: "fr", baseNumber: base + 2 });
    expect((await getActionTitles("fr"))[2].title).toBe(original);
  });

  it("keeps an action's paragraphs and its horizon title editable", async () => {
    const key = actionTextKey(9, "body");
    const base = await latest(key, "en");
    await saveCampaignText({
      actor,
      key,
      locale: "en",
      text: "First paragraph.\n\nSecond paragraph.",
      baseNumber: base,
      publish: true,
    });
    expect((await getActionTitles("en"))[8].paragraphs).toEqual(["First paragraph.", "Second paragraph."]);
    // The French translation now lags behind its English source.
    const french = (await translationStatus()).find((language) => language.locale === "fr");
    expect(french?.texts.find((text) => text.key === key)?.status.state).toBe("outdated");
    expect(french?.texts.some((text) => text.key === "CallToAction.horizons.IMMEDIATE")).toBe(true);
  });

  it("serves the site description, used by every page's metadata, from the campaign texts", async () => {
    const base = await latest("Site.description", "ar");
    expect(base).toBe(1);
    await saveCampaignText({
      actor,
      key: "Site.description",
      locale: "ar",
      text: "وصف جديد للحملة.",
      baseNumber: base,
      publish: true,
    });
    expect((await campaignText("ar", "Site"))("description")).toBe("وصف جديد للحملة.");
    expect((await campaignText("ar", "Site"))("name")).toBeTruthy();
  });
});
