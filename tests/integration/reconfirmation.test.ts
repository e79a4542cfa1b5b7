// The yearly "Do you still endorse #weareALE?": asked once, answered by a button (the link alone
// answers nothing), lapsed without an answer (off the wall, counted apart), renewed from the manage link.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import {
  type LifecycleActor,
  reconfirmEndorsement,
  renewEndorsement,
  withdrawEndorsement,
} from "@/lib/endorsements/lifecycle.server";
import { awaitingReconfirmation } from "@/lib/endorsements/pages.server";
import { reconfirmationState, runReconfirmation } from "@/lib/endorsements/reconfirmation.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementIn } from "./support/endorsers";
import { linkIn, startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let moderator: LifecycleActor;
const day = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * day);
const questions = {
  en: "Do you still endorse #weareALE?",
  fr: "Soutenez-vous toujours #weareALE ?",
  es: "¿Sigues adhiriéndote a #weareALE?",
  ar: "هل ما زلتم تؤيدون #weareALE؟",
};
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";
const row = (id: string) => database.prisma.endorsement.findUniqueOrThrow({ where: { id } });

describe(`reconfirmation on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@reconfirm.test", name: "Mod", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
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

  it("asks once a year in the endorser's language; the page's button answers, the link alone and a replay do not", async () => {
    const byLocale = {
      en: await endorsementIn("APPROVED", { locale: "en" }, moderator),
      fr: await endorsementIn("APPROVED", { locale: "fr" }, moderator),
      es: await endorsementIn("APPROVED", { locale: "es" }, moderator),
      ar: await endorsementIn("APPROVED", { locale: "ar" }, moderator),
    };
    expect((await runReconfirmation(daysFromNow(300))).asked).toBe(0);
    expect((await runReconfirmation(daysFromNow(366))).asked).toBe(4);
    expect((await runReconfirmation(daysFromNow(367))).asked).toBe(0); // once per question

    for (const [locale, e] of Object.entries(byLocale)) {
      const [mail] = (await smtp.to(e.contactEmail)).filter((m) =>
        m.subject?.startsWith(questions[locale as keyof typeof questions]),
      );
      expect(mail?.text, locale).toContain(e.name);
      expect(mail.html).toContain(`lang="${locale}"`);
      const link = linkIn(mail, `/${locale}/endorse/reconfirm?token=`);
      // Opening the page (as a mail scanner would) answers nothing.
      expect(await awaitingReconfirmation(tokenOf(link))).toEqual({ name: e.name });
      expect((await row(e.id)).reconfirmAskedAt).not.toBeNull();
    }
    expect((await reconfirmationState()).waitingCount).toBe(4);

    const [mail] = (await smtp.to(byLocale.fr.contactEmail)).filter((m) => m.subject?.startsWith(questions.fr));
    const token = tokenOf(linkIn(mail, "/fr/endorse/reconfirm?token="));
    expect((await reconfirmEndorsement(token))?.status).toBe("APPROVED");
    expect(await reconfirmEndorsement(token)).toBeNull(); // replayed: changes nothing
    expect(await reconfirmEndorsement("x".repeat(43))).toBeNull();
    const answered = await row(byLocale.fr.id);
    expect(answered.reconfirmAskedAt).toBeNull();
    expect(answered.reconfirmedAt).not.toBeNull();
    expect(
      await database.prisma.auditEntry.count({ where: { entityId: answered.id, action: "endorsement.reconfirm" } }),
    ).toBe(1);
  });

  it("without an answer it lapses (off the wall, counted apart, told how to renew); renewing puts it back", async () => {
    const e = await endorsementIn("APPROVED", { locale: "es" }, moderator);
    await runReconfirmation(daysFromNow(366));
    expect((await runReconfirmation(daysFromNow(366 + 30))).lapsed).toBe(0); // still time to answer
    // Everyone else asked in the first test and not answered lapses too.
    expect((await runReconfirmation(daysFromNow(366 + 61))).lapsed).toBeGreaterThanOrEqual(1);
    const lapsed = await row(e.id);
    expect(lapsed.status).toBe("LAPSED");
    expect(lapsed.lapsedAt).not.toBeNull();
    expect(await database.prisma.endorsement.count({ where: { id: e.id, status: "APPROVED" } })).toBe(0);
    expect((await reconfirmationState()).lapsed).toBeGreaterThanOrEqual(1);
    const [told] = (await smtp.to(e.contactEmail)).filter((m) => m.subject?.startsWith("Tu adhesión ha caducado"));
    expect(told?.text).toContain("https://we-are-ale.test/es/endorse/manage");
    expect(told.html).toContain('lang="es"');

    expect((await renewEndorsement(e.id))?.status).toBe("APPROVED");
    expect(await renewEndorsement(e.id)).toBeUndefined(); // only a lapsed one renews
    const renewed = await row(e.id);
    expect([renewed.reconfirmAskedAt, renewed.lapsedAt]).toEqual([null, null]);
    // Its year starts again from the renewal (just now).
    expect((await runReconfirmation(daysFromNow(300))).asked).toBe(0);
    // A lapsed endorsement can also be withdrawn by its endorser.
    expect((await runReconfirmation(daysFromNow(366))).asked).toBe(1);
    await runReconfirmation(daysFromNow(366 + 61));
    expect((await row(e.id)).status).toBe("LAPSED");
    expect((await withdrawEndorsement(e.id))?.status).toBe("WITHDRAWN");
  });
});
