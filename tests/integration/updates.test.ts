// Campaign updates through a real SMTP server: audience, language and fallback, pace, the
// RFC 8058 one-click unsubscribe (replays harmless), sending once, the archive's counts.
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/route";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails, emailsTo } from "@/lib/email/queue.server";
import { byContactEmail } from "@/lib/endorsements/contact.server";
import { confirmEndorsement, type LifecycleActor } from "@/lib/endorsements/lifecycle.server";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { issueToken } from "@/lib/security/tokens.server";
import type { Audience } from "@/lib/updates/schema";
import {
  listUpdates,
  publishAsNews,
  saveUpdate,
  sendTest,
  sendUpdate,
  unsubscribe,
} from "@/lib/updates/updates.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementIn, endorsementInput } from "./support/endorsers";
import { startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let admin: LifecycleActor & { id: string; email: string; name: string };

const everyone: Audience = { regions: [], types: [], actions: [], locales: [] };
const english = {
  locale: "en",
  subject: "Five years of ALE",
  body: "We **met** in Geneva.\n\n<script>alert(1)</script>",
};
const french = { locale: "fr", subject: "Cinq ans d’ALE", body: "Nous nous sommes **réunis** à Genève." };

const header = (mail: ParsedMail, name: string) =>
  mail.headerLines
    .find((line) => line.key === name)
    ?.line.replace(/^[^:]+:\s*/, "")
    .replace(/\r?\n\s+/g, " ");
/** The update mails to an address (leaving out the confirmation and approval ones). */
const updatesTo = async (address: string) =>
  (await smtp.to(address)).filter((mail) => [english.subject, french.subject].includes(mail.subject ?? ""));
const unsubscribeUrl = (mail: ParsedMail) => new URL((header(mail, "list-unsubscribe") ?? "").replace(/^<|>$/g, ""));

describe(`campaign updates on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    process.env.CAMPAIGN_MAILS_PER_MINUTE = "2";
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "admin@updates.test", name: "Ana", passwordHash: "x", role: "ADMIN" },
    });
    admin = { id: staff.id, email: staff.email, name: staff.name, role: staff.role };
  });
  afterAll(async () => {
    await deliverDueEmails();
    await smtp?.stop();
    await database?.close();
  });
  beforeEach(async () => {
    await deliverDueEmails();
    smtp.inbox.length = 0;
  });

  it("goes to consenting approved endorsers in the audience, in their language or English (said so), paced", async () => {
    const french1 = await endorsementIn("APPROVED", { locale: "fr", consentEmails: "on", commitments: ["3"] }, admin);
    const spanish = await endorsementIn("APPROVED", { locale: "es", consentEmails: "on", commitments: ["3"] }, admin);
    const arabic = await endorsementIn(
      "APPROVED",
      { locale: "ar", consentEmails: "on", commitments: ["3", "4"] },
      admin,
    );
    const noConsent = await endorsementIn("APPROVED", { locale: "fr", commitments: ["3"] }, admin);
    const otherAction = await endorsementIn(
      "APPROVED",
      { locale: "fr", consentEmails: "on", commitments: ["5"] },
      admin,
    );
    const notApproved = await endorsementIn("AWAITING_REVIEW", {
      locale: "fr",
      consentEmails: "on",
      commitments: ["3"],
    });

    const id = await saveUpdate(admin, undefined, {
      translations: [english, french],
      audience: { ...everyone, actions: [3] },
    });
    if (!id) throw new Error("not saved");
    const now = new Date();
    expect(await sendUpdate(id, admin, now)).toBe(3);
    expect(await sendUpdate(id, admin, now)).toBeNull(); // a double click sends nothing twice

    // Two a minute: the third message waits a minute in the queue.
    const queued = await database.prisma.outboundEmail.findMany({ where: { campaignUpdateId: id } });
    expect(queued.map((row) => (row.nextAttemptAt.getTime() - now.getTime()) / 60_000).sort()).toEqual([0, 0, 1]);
    await deliverDueEmails();
    expect(
      smtp.inbox.filter((mail) => mail.subject === english.subject || mail.subject === french.subject),
    ).toHaveLength(2);
    expect((await listUpdates()).find((u) => u.id === id)).toMatchObject({
      recipientCount: 3,
      delivered: 2,
      waiting: 1,
    });
    await database.prisma.outboundEmail.updateMany({ where: { campaignUpdateId: id }, data: { nextAttemptAt: now } });

    const [fr] = await updatesTo(french1.contactEmail);
    expect(fr.subject).toBe(french.subject);
    expect(fr.text).toContain("Nous nous sommes **réunis**");
    expect(fr.html).toContain("<strong>réunis</strong>");
    expect(fr.text).toContain("https://we-are-ale.test/fr/endorse/manage");
    expect(header(fr, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    expect(unsubscribeUrl(fr).pathname).toBe("/api/unsubscribe");

    const [es] = await updatesTo(spanish.contactEmail);
    expect(es.subject).toBe(english.subject);
    expect(es.text).toContain("Esta novedad no se redactó en tu idioma");
    expect(es.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;"); // shown as typed, never run
    expect(es.html).not.toContain("<script>");

    const [ar] = await updatesTo(arabic.contactEmail);
    expect(ar.text).toContain("لم يُكتب هذا التحديث بلغتكم");
    expect(ar.html).toContain('dir="rtl"');
    expect(ar.html).toContain('<div lang="en" dir="ltr">');

    for (const left of [noConsent, otherAction, notApproved])
      expect(await updatesTo(left.contactEmail)).toHaveLength(0);
  });

  it("one-click unsubscribe takes effect at once, drops queued updates, and a replay or an altered link changes nothing", async () => {
    const reader = await endorsementIn("APPROVED", { locale: "es", consentEmails: "on" }, admin);
    const first = await saveUpdate(admin, undefined, {
      translations: [english],
      audience: { ...everyone, locales: ["es"] },
    });
    if (!first) throw new Error("not saved");
    await sendUpdate(first, admin);
    const [mail] = await updatesTo(reader.contactEmail);
    const link = unsubscribeUrl(mail);

    // A mail scanner fetching the link unsubscribes nobody: GET shows a button.
    const page = await unsubscribeGet(new Request(link));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post"');
    expect((await database.prisma.endorsement.findUniqueOrThrow({ where: { id: reader.id } })).consentEmails).toBe(
      true,
    );

    // An altered link: 400, nothing changes.
    const altered = new URL(link);
    altered.searchParams.set("t", `${reader.id}.forged`);
    expect((await unsubscribePost(new Request(altered, { method: "POST" }))).status).toBe(400);
    expect(await unsubscribe("garbage")).toBe(false);
    expect((await database.prisma.endorsement.findUniqueOrThrow({ where: { id: reader.id } })).consentEmails).toBe(
      true,
    );

    // A message of another update is still waiting in the queue when the reader unsubscribes.
    const second = await saveUpdate(admin, undefined, {
      translations: [english],
      audience: { ...everyone, locales: ["es"] },
    });
    if (!second) throw new Error("not saved");
    await database.prisma.outboundEmail.updateMany({
      where: { status: "PENDING" },
      data: { nextAttemptAt: new Date(Date.now() + 3600_000) },
    });
    await sendUpdate(second, admin, new Date(Date.now() + 3600_000));

    const oneClick = await unsubscribePost(
      new Request(link, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain("ya no recibirás novedades");
    expect((await database.prisma.endorsement.findUniqueOrThrow({ where: { id: reader.id } })).consentEmails).toBe(
      false,
    );
    expect(
      await database.prisma.outboundEmail.count({
        where: { campaignUpdateId: second, ...emailsTo(reader.contactEmail) },
      }),
    ).toBe(0);

    expect((await unsubscribePost(new Request(link, { method: "POST" }))).status).toBe(200); // replay
    const audit = await database.prisma.auditEntry.findMany({
      where: { entityId: reader.id, action: "endorsement.unsubscribe" },
    });
    expect(audit.map((entry) => [entry.actorKind, entry.after])).toEqual([["ENDORSER", { consentEmails: false }]]);

    const third = await saveUpdate(admin, undefined, {
      translations: [english],
      audience: { ...everyone, locales: ["es"] },
    });
    if (!third) throw new Error("not saved");
    await sendUpdate(third, admin);
    expect(
      await database.prisma.outboundEmail.count({
        where: { campaignUpdateId: third, ...emailsTo(reader.contactEmail) },
      }),
    ).toBe(0);
  });

  it("the confirmation page's second button subscribes an endorser who left the box empty; the first does not", async () => {
    for (const subscribe of [true, false]) {
      const data = endorsementInput({ locale: "en" });
      await submitEndorsement(data, { ip: "10.8.0.1" });
      const row = await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) });
      expect(row.consentEmails).toBe(false);
      await confirmEndorsement(await issueToken(row.id, "CONFIRM"), { subscribe });
      const after = await database.prisma.endorsement.findUniqueOrThrow({ where: { id: row.id } });
      expect([after.status, after.consentEmails]).toEqual(["AWAITING_REVIEW", subscribe]);
    }
  });

  it("a test goes to the staff member only, once per written language; a sent update cannot change", async () => {
    const id = await saveUpdate(admin, undefined, {
      translations: [english, french],
      audience: { ...everyone, regions: ["AFRICA"] },
    });
    if (!id) throw new Error("not saved");
    expect(await sendTest(id, admin)).toBe(2);
    const tests = await smtp.to(admin.email);
    expect(tests.map((mail) => mail.subject).sort()).toEqual([english.subject, french.subject].sort());
    expect(tests.every((mail) => mail.html && mail.text)).toBe(true);
    expect((await database.prisma.campaignUpdate.findUniqueOrThrow({ where: { id } })).sentAt).toBeNull();

    expect(await publishAsNews(admin, id)).toBeNull(); // not sent yet
    await sendUpdate(id, admin);
    expect(
      await saveUpdate(admin, id, { translations: [{ ...english, subject: "Changed" }], audience: everyone }),
    ).toBeNull();

    // A sent update becomes one draft news item, in its languages, with the first paragraph as summary.
    const newsId = await publishAsNews(admin, id);
    expect(await publishAsNews(admin, id)).toBe(newsId);
    const news = await database.prisma.newsItem.findUniqueOrThrow({
      where: { id: newsId ?? "" },
      include: { translations: true },
    });
    expect(news.status).toBe("DRAFT");
    expect(news.translations.map((t) => [t.locale, t.title, t.summary]).sort()).toEqual([
      ["en", english.subject, "We met in Geneva."],
      ["fr", french.subject, "Nous nous sommes réunis à Genève."],
    ]);
    const stored = await database.prisma.campaignUpdateTranslation.findMany({ where: { updateId: id } });
    expect(stored.map((t) => t.subject).sort()).toEqual([english.subject, french.subject].sort());
  });
});
