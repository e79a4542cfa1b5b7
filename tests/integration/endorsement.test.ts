import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import {
  claimDue,
  deliverDueEmails,
  emailRow,
  emailsTo,
  mailQueueState,
  mailWaitsWhileBusyMs,
  maxAttempts,
  retryFailed,
} from "@/lib/email/queue.server";
import { byContactEmail, withContact } from "@/lib/endorsements/contact.server";
import {
  approveEndorsement,
  confirmEndorsement,
  purgeUnconfirmed,
  rejectEndorsement,
  systemActor,
} from "@/lib/endorsements/lifecycle.server";
import { slugify } from "@/lib/endorsements/names";
import { type EndorsementInput, validateEndorsement } from "@/lib/endorsements/schema";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { getEndorser, listWall, wallCounts } from "@/lib/endorsements/wall.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { expectConsoleError } from "../support/console-errors";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { linkIn, startSmtpServer } from "./support/smtp";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let counter = 0;

function input(overrides: Partial<Record<string, unknown>> = {}): EndorsementInput {
  counter++;
  const result = validateEndorsement({
    name: `Learning Circle ${counter}`,
    type: "ALE_PROVIDER",
    countryCode: "KE",
    city: "Kisumu",
    website: `https://circle${counter}.example.org`,
    contactName: "Amina Otieno",
    contactRole: "Director",
    contactEmail: `amina@circle${counter}.example.org`,
    statement: "Learning changes lives.",
    commitments: ["1", "3"],
    consentPublic: "on",
    locale: "fr",
    ...overrides,
  } as never);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const ip = () => `10.0.0.${counter}`;

/**
 * Runs `work` with every new endorsement's insert held for a moment before it reaches the unique
 * indexes, so sign-ups sent at once truly overlap on PostgreSQL. Without it each one is written
 * before the next leaves the event loop, and a race is never run.
 */
async function overlapping<T>(work: () => Promise<T>): Promise<T> {
  await database.prisma.$executeRawUnsafe(`CREATE FUNCTION slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_sleep(0.2); RETURN NEW; END $$`);
  await database.prisma.$executeRawUnsafe(
    `CREATE TRIGGER slow_insert BEFORE INSERT ON "Endorsement" FOR EACH ROW EXECUTE FUNCTION slow_insert()`,
  );
  try {
    return await work();
  } finally {
    await database.prisma.$executeRawUnsafe(`DROP TRIGGER slow_insert ON "Endorsement"`);
    await database.prisma.$executeRawUnsafe("DROP FUNCTION slow_insert()");
  }
}

/** Runs `work` with a mail server that accepts connections but answers only once `release` is called. */
async function withStalledMailServer(
  work: (stalled: Awaited<ReturnType<typeof startSmtpServer>>, release: () => void) => Promise<void>,
) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const port = smtp.port;
  await smtp.stop();
  const stalled = await startSmtpServer(port, deliverDueEmails, gate);
  try {
    await work(stalled, release);
  } finally {
    release();
    await stalled.stop();
    smtp = await startSmtpServer(port, deliverDueEmails);
  }
}

describe(`endorsement lifecycle on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    smtp = await startSmtpServer(0, deliverDueEmails);
    process.env.SMTP_URL = smtp.url;
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
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

  it("sends a confirmation in the endorser's language, confirms once, and shows the approved endorser", async () => {
    const data = input();
    expect(await submitEndorsement(data, { ip: ip() })).toEqual({ status: "accepted" });
    const stored = await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) });
    expect(stored).toMatchObject({
      status: "AWAITING_CONFIRMATION",
      region: "AFRICA",
      websiteDomain: `circle${counter}.example.org`,
    });

    const [confirmMail] = await smtp.to(data.contactEmail);
    expect(confirmMail.subject).toBe(`Confirmez le soutien de ${data.name}`);
    expect(confirmMail.html).toContain('lang="fr"');
    const token = new URL(linkIn(confirmMail, "/fr/endorse/confirm?token=")).searchParams.get("token") as string;
    const tokens = await database.prisma.emailToken.findMany({
      where: { endorsementId: stored.id },
      omit: { tokenHash: false },
    });
    expect(tokens.map((t) => t.tokenHash)).not.toContain(token); // only the hash is stored

    expect((await confirmEndorsement(token))?.status).toBe("AWAITING_REVIEW");
    expect(await confirmEndorsement(token)).toBeNull(); // single use
    expect((await smtp.to(data.contactEmail)).map((m) => m.subject)).toContain(`Soutien reçu : ${data.name}`);

    expect(await getEndorser(stored.slug)).toBeNull(); // not public before approval
    await approveEndorsement(stored.id, systemActor);
    const page = await getEndorser(stored.slug);
    expect(page).toMatchObject({ name: data.name, countryCode: "KE" });
    expect(JSON.stringify(page)).not.toContain(data.contactEmail);
    expect(JSON.stringify(page)).not.toContain("Amina");
    const approvedMail = (await smtp.to(data.contactEmail)).find((m) => m.subject?.includes("#weareALE"));
    expect(linkIn(approvedMail as never, `/fr/endorsers/${stored.slug}`)).toContain("https://we-are-ale.test");

    const wall = await listWall({ q: data.name.toUpperCase() });
    expect(wall.endorsers.map((e) => e.slug)).toEqual([stored.slug]);
    expect((await wallCounts()).regions.AFRICA).toBe(1);
    const history = await database.prisma.endorsementStatusChange.findMany({
      where: { endorsementId: stored.id },
      orderBy: { at: "asc" },
    });
    expect(history.map((h) => h.toStatus)).toEqual(["AWAITING_CONFIRMATION", "AWAITING_REVIEW", "APPROVED"]);
  });

  it("rejects expired and made-up confirmation links", async () => {
    const data = input();
    await submitEndorsement(data, { ip: ip() });
    const token = new URL(linkIn((await smtp.to(data.contactEmail))[0], "/endorse/confirm?token=")).searchParams.get(
      "token",
    ) as string;
    await database.prisma.emailToken.updateMany({
      data: { expiresAt: new Date(Date.now() - 1000) },
      where: { usedAt: null },
    });
    expect(await confirmEndorsement(token)).toBeNull();
    expect(await confirmEndorsement("x".repeat(43))).toBeNull();
    expect(await confirmEndorsement("<script>")).toBeNull();
  });

  it("confirms after a migration added a column while the site ran (its statements stay prepared)", async () => {
    const confirmNew = async () => {
      const data = input();
      await submitEndorsement(data, { ip: ip() });
      const mail = (await smtp.to(data.contactEmail))[0];
      const token = new URL(linkIn(mail, "/endorse/confirm?token=")).searchParams.get("token") as string;
      return (await confirmEndorsement(token))?.status;
    };
    // Prepared on the pool's connections (decision 047), then the schema changes under them, as
    // when a release's migrations run while the previous release still serves.
    for (let i = 0; i < 3; i++) expect(await confirmNew()).toBe("AWAITING_REVIEW");
    await database.prisma.$executeRawUnsafe(`ALTER TABLE "Endorsement" ADD COLUMN "fromTheNextRelease" text`);
    try {
      for (let i = 0; i < 3; i++) expect(await confirmNew()).toBe("AWAITING_REVIEW");
    } finally {
      await database.prisma.$executeRawUnsafe(`ALTER TABLE "Endorsement" DROP COLUMN "fromTheNextRelease"`);
    }
  });

  it("does not create a second record for the same email or the same organisation, and answers the same", async () => {
    const first = input();
    await submitEndorsement(first, { ip: ip() });
    // Sending the form again before confirming sends a fresh confirmation link.
    await submitEndorsement({ ...first }, { ip: ip() });
    const confirmations = (await smtp.to(first.contactEmail)).filter((m) => m.subject?.startsWith("Confirmez"));
    expect(confirmations).toHaveLength(2);
    const token = new URL(linkIn(confirmations[1], "/endorse/confirm?token=")).searchParams.get("token") as string;
    expect(await confirmEndorsement(token)).not.toBeNull();
    await deliverDueEmails();
    smtp.inbox.length = 0;
    const sameEmail = { ...input(), contactEmail: first.contactEmail };
    const sameOrganisation = { ...input(), name: first.name.toUpperCase(), countryCode: first.countryCode };
    expect(await submitEndorsement(sameEmail, { ip: ip() })).toEqual({ status: "accepted" });
    expect(await submitEndorsement(sameOrganisation, { ip: ip() })).toEqual({ status: "accepted" });
    const count = (where: object) => database.prisma.endorsement.count({ where });
    expect(await count(byContactEmail(first.contactEmail))).toBe(1);
    expect(await count({ nameKey: first.name.toLowerCase(), countryCode: first.countryCode })).toBe(1);
    expect(await count({ name: sameEmail.name })).toBe(0);
    expect(await count(byContactEmail(sameOrganisation.contactEmail))).toBe(0);
    expect((await smtp.to(first.contactEmail))[0].subject).toBe("Votre soutien à #weareALE");
    expect(linkIn((await smtp.to(first.contactEmail))[0], "/api/manage?token=")).toBeTruthy();
    expect((await smtp.to(sameOrganisation.contactEmail))[0].subject).toContain("soutient déjà #weareALE");
  });

  it("gives two organisations whose names differ only after the slug's 50 characters two slugs", async () => {
    const long = "Network of Community Learning Centres and Folk High Schools";
    const first = input({ name: `${long} North` });
    const second = input({ name: `${long} South`, countryCode: first.countryCode });
    expect(await submitEndorsement(first, { ip: ip() })).toEqual({ status: "accepted" });
    expect(await submitEndorsement(second, { ip: ip() })).toEqual({ status: "accepted" });
    const slugOf = async (email: string) =>
      (await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(email) })).slug;
    const plain = `${slugify(long, 50)}-${first.countryCode.toLowerCase()}`;
    expect(await slugOf(first.contactEmail)).toBe(plain);
    expect(await slugOf(second.contactEmail)).toMatch(new RegExp(`^${plain}-[0-9a-f]{4}$`));
  });

  it("lets a corrected email through when the first attempt was never confirmed, but never takes over a confirmed one", async () => {
    const typo = input({ contactEmail: `amina@circle${counter + 1}.exmaple.org` });
    await submitEndorsement(typo, { ip: ip() });
    const { id: typoId, slug: typoSlug } = await database.prisma.endorsement.findFirstOrThrow({
      where: byContactEmail(typo.contactEmail),
    });
    const firstToken = new URL(
      linkIn((await smtp.to(typo.contactEmail))[0], "/endorse/confirm?token="),
    ).searchParams.get("token") as string;
    const corrected = { ...typo, contactEmail: `amina@circle${counter}.example.org` };
    expect(await submitEndorsement(corrected, { ip: ip() })).toEqual({ status: "accepted" });
    const count = (where: object) => database.prisma.endorsement.count({ where });
    expect(await count(byContactEmail(typo.contactEmail))).toBe(0);
    expect(await count({ ...byContactEmail(corrected.contactEmail), status: "AWAITING_CONFIRMATION" })).toBe(1);
    // The replaced sign-up's plain slug is free again, and the new attempt takes it.
    expect(
      (await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(corrected.contactEmail) })).slug,
    ).toBe(typoSlug);
    const [mail] = await smtp.to(corrected.contactEmail);
    expect(mail.subject).toBe(`Confirmez le soutien de ${typo.name}`);
    // The earlier link no longer confirms anything; the new one does.
    expect(await confirmEndorsement(firstToken)).toBeNull();
    const token = new URL(linkIn(mail, "/endorse/confirm?token=")).searchParams.get("token") as string;
    const confirmed = await confirmEndorsement(token);
    expect(confirmed && withContact(confirmed).contactEmail).toBe(corrected.contactEmail);

    // Once confirmed, someone else's attempt for the same organisation changes nothing.
    const intruder = { ...typo, contactEmail: `someone@elsewhere${counter}.example.org` };
    await submitEndorsement(intruder, { ip: ip() });
    expect(await count(byContactEmail(intruder.contactEmail))).toBe(0);
    expect(await count({ ...byContactEmail(corrected.contactEmail), status: "AWAITING_REVIEW" })).toBe(1);
    expect((await smtp.to(intruder.contactEmail))[0].subject).toContain("soutient déjà #weareALE");
    const audit = await database.prisma.auditEntry.findMany({ where: { entityId: typoId } });
    expect(audit.map((entry) => entry.action)).toEqual(["endorsement.purge"]);
  });

  it("stores exactly one of many identical submissions sent at once", async () => {
    const base = input();
    // Same organisation and country from different people: only the unique keys stop the race.
    const submissions = Array.from({ length: 15 }, (_, i) => ({
      ...base,
      contactEmail: `person${i}@race${counter}.example.org`,
    }));
    const results = await overlapping(() =>
      Promise.all(submissions.map((data, i) => submitEndorsement(data, { ip: `10.1.0.${i}` }))),
    );
    expect(results.every((r) => r.status === "accepted")).toBe(true);
    expect(await database.prisma.endorsement.count({ where: { nameKey: base.name.toLowerCase() } })).toBe(1);
  });

  it("stores every one of several organisations whose names share the same web address, sent at once", async () => {
    // The first 50 letters make the address: these six differ only after them, so all want one slug.
    const prefix = `Race ${counter} Association for Adult Learning and Community Education`;
    const submissions = Array.from({ length: 6 }, (_, i) =>
      input({ name: `${prefix} branch ${i}`, contactEmail: `office${i}@branch${counter}.example.org` }),
    );
    const results = await overlapping(() =>
      Promise.all(submissions.map((data, i) => submitEndorsement(data, { ip: `10.2.0.${i}` }))),
    );
    expect(results.map((result) => result.status)).toEqual(Array(6).fill("accepted"));
    const rows = await database.prisma.endorsement.findMany({ where: { name: { startsWith: prefix } } });
    expect(rows).toHaveLength(6);
    expect(new Set(rows.map((row) => row.slug)).size).toBe(6);
    for (const data of submissions) expect((await smtp.to(data.contactEmail))[0].subject).toContain(data.name);
  });

  it("limits submissions per IP address and per email address", async () => {
    const results = [];
    for (let i = 0; i < 12; i++) results.push((await submitEndorsement(input(), { ip: "192.0.2.77" })).status);
    expect(results.slice(0, 10).every((s) => s === "accepted")).toBe(true);
    expect(results.slice(10)).toEqual(["rateLimited", "rateLimited"]);
    const sameEmail = input();
    const perEmail = [];
    for (let i = 0; i < 4; i++) perEmail.push((await submitEndorsement(sameEmail, { ip: `198.51.100.${i}` })).status);
    expect(perEmail).toEqual(["accepted", "accepted", "accepted", "rateLimited"]);
  });

  it("keeps the submission and its email when the mail server is down, and sends it once the server is back", async () => {
    expectConsoleError(/^\[mail\] attempt 1 of message \w+ failed/);
    const port = smtp.port;
    await smtp.stop();
    const data = input();
    expect(await submitEndorsement(data, { ip: ip() })).toEqual({ status: "accepted" });
    await deliverDueEmails();
    expect(await database.prisma.endorsement.count({ where: byContactEmail(data.contactEmail) })).toBe(1);
    const queued = await database.prisma.outboundEmail.findFirstOrThrow({ where: emailsTo(data.contactEmail) });
    expect(queued).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(queued.lastError).toBeTruthy();
    expect(queued.nextAttemptAt.getTime()).toBeGreaterThan(Date.now()); // backing off

    smtp = await startSmtpServer(port, deliverDueEmails);
    await database.prisma.outboundEmail.update({ where: { id: queued.id }, data: { nextAttemptAt: new Date() } });
    const [mail] = await smtp.to(data.contactEmail);
    expect(mail.subject).toContain(data.name);
    expect(await database.prisma.outboundEmail.findUniqueOrThrow({ where: { id: queued.id } })).toMatchObject({
      status: "SENT",
      attempts: 2,
    });
  });

  it("answers at once while the mail server stalls, and delivers when it responds", () =>
    withStalledMailServer(async (stalled, release) => {
      const data = input();
      expect(await submitEndorsement(data, { ip: ip() })).toEqual({ status: "accepted" });
      const row = await database.prisma.outboundEmail.findFirstOrThrow({ where: emailsTo(data.contactEmail) });
      expect(row.status).not.toBe("SENT");
      expect(stalled.inbox).toHaveLength(0);
      release();
      expect(await stalled.to(data.contactEmail)).toHaveLength(1);
      expect((await database.prisma.outboundEmail.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("SENT");
    }));

  it("a burst of submissions while the mail server stalls joins the one delivery run, which sends them all", () =>
    withStalledMailServer(async (stalled, release) => {
      const first = input();
      expect(await submitEndorsement(first, { ip: ip() })).toEqual({ status: "accepted" });
      const run = deliverDueEmails();
      const burst = Array.from({ length: 5 }, () => input());
      for (const data of burst) expect(await submitEndorsement(data, { ip: ip() })).toEqual({ status: "accepted" });
      // One run for everyone: no continuation per caller holding on to its request.
      expect(deliverDueEmails()).toBe(run);
      release();
      await run;
      for (const data of [first, ...burst])
        expect(stalled.inbox.filter((m) => JSON.stringify(m.to).includes(data.contactEmail))).toHaveLength(1);
    }));

  it("a burst of sign-ups is delivered over one kept connection, not one connection per message", async () => {
    await deliverDueEmails(); // earlier tests' mail is out of the way
    const before = smtp.connections();
    const burst = Array.from({ length: 6 }, () => input());
    for (const data of burst) expect(await submitEndorsement(data, { ip: ip() })).toEqual({ status: "accepted" });
    await deliverDueEmails();
    for (const data of burst) expect(await smtp.to(data.contactEmail)).toHaveLength(1);
    // At most one new connection (none if an earlier test's is still open): a launch-day queue was
    // sent at ~18 messages a second when each message opened its own.
    expect(smtp.connections() - before).toBeLessThanOrEqual(1);
  });

  it("while forms wait at the instance's door, mail queued in the last 10 s waits; older mail and a quiet instance's go at once", async () => {
    await deliverDueEmails();
    const door = { waiting: 3 };
    const load = globalThis as { weAreAleLoad?: { formsWaiting(): number } };
    load.weAreAleLoad = { formsWaiting: () => door.waiting };
    try {
      const held = input();
      expect(await submitEndorsement(held, { ip: ip() })).toEqual({ status: "accepted" });
      expect(await smtp.to(held.contactEmail)).toHaveLength(0);
      const queued = await database.prisma.outboundEmail.findFirstOrThrow({ where: emailsTo(held.contactEmail) });
      expect(queued).toMatchObject({ status: "PENDING", attempts: 0 });
      // Due for longer than the wait: sent even though the door is still busy.
      await database.prisma.outboundEmail.update({
        where: { id: queued.id },
        data: { nextAttemptAt: new Date(Date.now() - mailWaitsWhileBusyMs - 1000) },
      });
      expect(await smtp.to(held.contactEmail)).toHaveLength(1);

      const later = input();
      expect(await submitEndorsement(later, { ip: ip() })).toEqual({ status: "accepted" });
      expect(await smtp.to(later.contactEmail)).toHaveLength(0);
      door.waiting = 0;
      expect(await smtp.to(later.contactEmail)).toHaveLength(1);
    } finally {
      delete load.weAreAleLoad;
    }
  });

  it("while forms wait at the door, sign-ups do not each look for due mail: one look a second does", async () => {
    await deliverDueEmails();
    const load = globalThis as { weAreAleLoad?: { formsWaiting(): number } };
    load.weAreAleLoad = { formsWaiting: () => 1 };
    const statements = vi.spyOn(database.prisma, "$queryRaw");
    const claims = () =>
      statements.mock.calls.filter(([sql]) => Array.isArray(sql) && sql.join("").includes(`SET "status" = 'SENDING'`))
        .length;
    try {
      const signUps = Array.from({ length: 6 }, () => input());
      for (const signUp of signUps) await submitEndorsement(signUp, { ip: ip() });
      // The first sign-up's look found its mail held back; the others waited for the look in a second.
      expect(claims()).toBeLessThanOrEqual(2);
    } finally {
      statements.mockRestore();
      delete load.weAreAleLoad;
    }
    // The look a second later runs now, before the file closes its database.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await deliverDueEmails();
  });

  it("records who invited a sign-up through an invite link, and nobody for a code that names no endorser", async () => {
    const inviter = input();
    await submitEndorsement(inviter, { ip: ip() });
    const { id, inviteCode } = await database.prisma.endorsement.findFirstOrThrow({
      where: byContactEmail(inviter.contactEmail),
    });
    const invited = input();
    await submitEndorsement(invited, { ip: ip(), inviteCode });
    const stray = input();
    await submitEndorsement(stray, { ip: ip(), inviteCode: "nosuchcode" });
    const invitedBy = async (data: EndorsementInput) =>
      (await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) })).invitedById;
    expect([await invitedBy(invited), await invitedBy(stray)]).toEqual([id, null]);
  });

  it("claims each due message for one sender only when several instances claim at once", async () => {
    const emails = Array.from({ length: 45 }, (_, i) =>
      emailRow({ to: `queue${i}@claims.example.org`, subject: "Claims", text: "t", html: "<p>t</p>", locale: "en" }),
    );
    await database.prisma.outboundEmail.createMany({ data: emails });
    const now = new Date();
    const claims = await Promise.all([claimDue(now), claimDue(now), claimDue(now)]);
    const ids = claims.flat().map((mail) => mail.id);
    expect(ids).toHaveLength(45);
    expect(new Set(ids).size).toBe(45);
    expect(claims.every((claimed) => claimed.length <= 20)).toBe(true);
    const rows = await database.prisma.outboundEmail.findMany({ where: { subject: "Claims" } });
    expect(rows.map((row) => [row.status, row.attempts])).toEqual(rows.map(() => ["SENDING", 1]));
    expect(claims.flat().every((mail) => mail.attempts === 1)).toBe(true);
    expect(await claimDue(new Date())).toEqual([]); // claimed for a minute
    await database.prisma.outboundEmail.deleteMany({ where: { subject: "Claims" } });
  });

  it("gives up after the last attempt, shows the failure, and retries on request", async () => {
    expectConsoleError(/^\[mail\] attempt \d+ of message \w+ failed/);
    const port = smtp.port;
    await smtp.stop();
    const data = input();
    await submitEndorsement(data, { ip: ip() });
    await deliverDueEmails();
    const id = (await database.prisma.outboundEmail.findFirstOrThrow({ where: emailsTo(data.contactEmail) })).id;
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      await database.prisma.outboundEmail.update({ where: { id }, data: { nextAttemptAt: new Date() } });
      await deliverDueEmails();
    }
    expect(await database.prisma.outboundEmail.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "FAILED",
      attempts: maxAttempts,
    });
    expect((await mailQueueState()).attention.map((mail) => mail.id)).toContain(id);

    smtp = await startSmtpServer(port, deliverDueEmails);
    expect(await retryFailed([id])).toBe(1);
    expect(await smtp.to(data.contactEmail)).toHaveLength(1);
    expect((await database.prisma.outboundEmail.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
  });

  it("emails the reason of a rejection and purges unconfirmed sign-ups after 30 days", async () => {
    const data = input();
    await submitEndorsement(data, { ip: ip() });
    const stored = await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) });
    await database.prisma.endorsement.update({ where: { id: stored.id }, data: { status: "AWAITING_REVIEW" } });
    await rejectEndorsement(stored.id, systemActor, { text: "Pas une organisation d’éducation des adultes." });
    const mail = (await smtp.to(data.contactEmail)).find((m) => m.subject?.startsWith("À propos"));
    expect(mail?.text).toContain("Pas une organisation d’éducation des adultes.");

    const stale = input();
    await submitEndorsement(stale, { ip: ip() });
    await database.prisma.endorsement.updateMany({
      where: byContactEmail(stale.contactEmail),
      data: { createdAt: new Date(Date.now() - 31 * 86_400_000) },
    });
    expect(await purgeUnconfirmed()).toBe(1);
    expect(await database.prisma.endorsement.findFirst({ where: byContactEmail(stale.contactEmail) })).toBeNull();
  });
});
