// Campaign texts (decision 020): seeded from messages/*.json, edited as drafts, published,
// restored; a stale form is refused; publishing invalidates every page showing them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import {
  campaignText,
  campaignTextForEditing,
  publishCampaignDraft,
  restoreCampaignRevision,
  saveCampaignText,
  staleRevisionMessage,
  translationStatus,
} from "@/lib/content/campaign-texts.server";
import { useConnection } from "@/lib/db/client.server";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { seedCampaignTexts } from "@/prisma/seed/campaign-texts";
import { openTestDatabase, testDatabaseKind } from "./support/database";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let actor: { id: string; email: string };

const latest = async (key: string, locale: string) =>
  (await database.prisma.contentText.findUniqueOrThrow({ where: { key_locale: { key, locale } } })).latestNumber;
const invalidatedAt = async () =>
  Number((await database.prisma.pageInvalidation.findUnique({ where: { tag: "campaign-texts" } }))?.atMs ?? 0);

describe(`campaign texts on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignTexts(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "editor@texts.test", name: "Editor", passwordHash: "x", role: "MODERATOR" },
    });
    actor = { id: staff.id, email: staff.email };
  });
  afterAll(async () => {
    await database?.close();
  });

  it("seeds every language from the message files once, and never over staff's texts", async () => {
    const about = await campaignText("fr", "About");
    expect(about("text1")).toBe(fr.About.text1);
    expect(about.fallbackKeys).toEqual([]);
    await saveCampaignText({
      actor,
      key: "About.text2",
      locale: "fr",
      text: "Texte revu.",
      baseNumber: 1,
      publish: true,
    });
    expect(await seedCampaignTexts(database.prisma)).toBe(0);
    expect((await campaignText("fr", "About"))("text2")).toBe("Texte revu.");
  });

  it("keeps a draft off the public page until it is published, and audits both", async () => {
    const key = "About.text1";
    const base = await latest(key, "en");
    const draft = await saveCampaignText({
      actor,
      key,
      locale: "en",
      text: "A draft intro.",
      baseNumber: base,
      publish: false,
    });
    expect(draft).toEqual({ ok: true, number: base + 1 });
    expect((await campaignText("en", "About"))("text1")).toBe(en.About.text1);

    const before = await invalidatedAt();
    expect(await publishCampaignDraft({ actor, key, locale: "en", baseNumber: base + 1 })).toEqual({
      ok: true,
      number: base + 1,
    });
    // The draft's own revision is now the published one: the history does not repeat it.
    const revision = await database.prisma.contentRevision.findUniqueOrThrow({
      where: { key_locale_number: { key, locale: "en", number: base + 1 } },
    });
    expect(revision.publishedAt).not.toBeNull();
    expect(await latest(key, "en")).toBe(base + 1);
    expect(await publishCampaignDraft({ actor, key, locale: "en", baseNumber: base + 1 })).toMatchObject({
      ok: false,
      error: "There is no draft to publish.",
    });
    expect((await campaignText("en", "About"))("text1")).toBe("A draft intro.");
    expect(await invalidatedAt()).toBeGreaterThan(before);

    const audit = await database.prisma.auditEntry.findMany({
      where: { entityType: "ContentText", entityId: `${key}:en` },
      orderBy: { id: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["text.draft", actor.id],
      ["text.publish", actor.id],
    ]);
    expect(audit[0].after).toEqual({ revision: base + 1, text: "A draft intro." });
  });

  it("does not invalidate the pages for a draft", async () => {
    const before = await invalidatedAt();
    const base = await latest("Privacy.intro", "en");
    await saveCampaignText({
      actor,
      key: "Privacy.intro",
      locale: "en",
      text: "Draft only.",
      baseNumber: base,
      publish: false,
    });
    expect(await invalidatedAt()).toBe(before);
  });

  it("refuses a save from a stale form and changes nothing", async () => {
    const key = "Toolkit.intro";
    const base = await latest(key, "es");
    expect(
      (await saveCampaignText({ actor, key, locale: "es", text: "Primero.", baseNumber: base, publish: true })).ok,
    ).toBe(true);
    const stale = await saveCampaignText({
      actor,
      key,
      locale: "es",
      text: "Segundo.",
      baseNumber: base,
      publish: true,
    });
    expect(stale).toEqual({ ok: false, field: "form", error: staleRevisionMessage, latestNumber: base + 1 });
    expect((await campaignText("es", "Toolkit"))("intro")).toBe("Primero.");
    expect(await database.prisma.contentRevision.count({ where: { key, locale: "es" } })).toBe(base + 1);
  });

  it("answers empty text, HTML and broken placeholders clearly", async () => {
    const save = (key: string, text: string) =>
      saveCampaignText({ actor, key, locale: "fr", text, baseNumber: 0, publish: true });
    expect(await save("About.text1", "   ")).toMatchObject({
      ok: false,
      field: "text",
      error: expect.stringMatching(/required/),
    });
    expect(await save("About.text1", "Hi <script>alert(1)</script>")).toMatchObject({
      ok: false,
      error: expect.stringMatching(/HTML and scripts are not allowed/),
    });
    expect(await save("About.text1", '<img src="x" onerror="alert(1)">')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/HTML and scripts are not allowed/),
    });
    expect(await save("About.contactText", "Écrivez-nous.")).toMatchObject({
      ok: false,
      error: "Keep the placeholders of the English text exactly: {address}, <email>…</email>.",
    });
    expect(await save("Nope.key", "x")).toMatchObject({ ok: false, field: "form" });
  });

  it("restores an earlier revision as a draft, and keeps the whole history", async () => {
    const key = "Accessibility.limits";
    const base = await latest(key, "en");
    await saveCampaignText({ actor, key, locale: "en", text: "Changed.", baseNumber: base, publish: true });
    const restored = await restoreCampaignRevision({ actor, key, locale: "en", number: 1, baseNumber: base + 1 });
    expect(restored).toEqual({ ok: true, number: base + 2 });
    const editing = await campaignTextForEditing(key, "en");
    expect(editing.row?.draftText).toBe(en.Accessibility.limits);
    expect(editing.row?.publishedText).toBe("Changed.");
    expect(editing.revisions.map((r) => r.number)).toEqual([base + 2, base + 1, 1]);
  });

  it("reports translations missing or outdated since the English text changed", async () => {
    const key = "Accessibility.feedback";
    await database.prisma.contentText.delete({ where: { key_locale: { key, locale: "ar" } } });
    const base = await latest(key, "en");
    await saveCampaignText({ actor, key, locale: "en", text: "Tell us at {email}.", baseNumber: base, publish: true });
    const english = await database.prisma.contentText.findUniqueOrThrow({
      where: { key_locale: { key, locale: "en" } },
    });

    const status = await translationStatus();
    const of = (locale: string) => status.find((s) => s.locale === locale)?.texts.find((t) => t.key === key)?.status;
    expect(of("ar")).toEqual({ state: "missing" });
    expect(of("fr")).toEqual({ state: "outdated", since: english.publishedAt });
    expect(status.map((s) => s.locale)).toEqual(locales.filter((locale) => locale !== "en"));

    // Arabic falls back to English on the page, and says so.
    const page = await campaignText("ar", "Accessibility");
    expect(page("feedback", { email: "x@y.z" })).toBe("Tell us at x@y.z.");
    expect(page.fallbackKeys).toEqual([key]);

    const frBase = await latest(key, "fr");
    await saveCampaignText({
      actor,
      key,
      locale: "fr",
      text: "Écrivez-nous : {email}.",
      baseNumber: frBase,
      publish: true,
    });
    expect(
      (await translationStatus()).find((s) => s.locale === "fr")?.texts.find((t) => t.key === key)?.status,
    ).toEqual({
      state: "current",
    });
  });
});
