// Contact data encrypted at rest (docs/decisions/027): what the database holds, lookups through the
// keyed hash, the one-time sealing of plaintext rows, re-encryption and the start-up key check.
import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { keyring, useKeyring } from "@/lib/crypto/data-key.server";
import { migrateDatabase, sealedColumnsMigration } from "@/lib/crypto/migrate-sealing.server";
import { parseKeyring, sealedKeyId } from "@/lib/crypto/sealed";
import { dataKeyProblem, reencryptAll } from "@/lib/crypto/stored-data.server";
import { useConnection } from "@/lib/db/client.server";
import { migrationsDir, readMigrationsList } from "@/lib/db/migrations.server";
import { deliverDueEmails, emailsTo } from "@/lib/email/queue.server";
import { byContactEmail, withContact } from "@/lib/endorsements/contact.server";
import { requestManageLink } from "@/lib/endorsements/manage.server";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { testDataKey } from "../support/data-key";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementInput } from "./support/endorsers";

const deferred: (() => Promise<void>)[] = [];
vi.mock("next/server", () => ({ after: (task: () => Promise<void>) => deferred.push(task) }));

const contact = { contactName: "Zuleika Marchetti-Obi", contactEmail: "zuleika@sealed-circle.example.org" };
const otherKey = "other:Q2h1bmtzT2ZSYW5kb21CeXRlc0Zvck90aGVyS2V5MDE";
const sameIdOtherMaterial = `test:${"5a".repeat(32)}`;

const input = (overrides: Record<string, string> = {}) =>
  endorsementInput({
    name: "Sealed Circle of Learners",
    website: "https://sealed-circle.example.org",
    contactRole: "Coordinator",
    ...contact,
    locale: "en",
    ...overrides,
  });

describe(`contact data at rest on ${testDatabaseKind}`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const current = keyring();

  beforeAll(async () => {
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    expect(await submitEndorsement(input(), { ip: "10.27.0.1" })).toEqual({ status: "accepted" });
  });
  afterAll(async () => {
    useKeyring(current);
    await deliverDueEmails();
    await database?.close();
  });

  it("stores the contact, the queued email and the rate-limit keys without the address or name in clear", async () => {
    const [row] = await database.prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT * FROM "Endorsement" WHERE name = 'Sealed Circle of Learners'`;
    const stored = JSON.stringify(row);
    expect(stored).not.toContain(contact.contactEmail);
    expect(stored).not.toContain("Zuleika");
    expect(stored).not.toContain("Coordinator");
    expect(Object.keys(row)).not.toContain("contactEmail");
    expect(sealedKeyId(String(row.contactEmailSealed))).toBe("test");
    const mails = JSON.stringify(await database.prisma.$queryRaw`SELECT * FROM "OutboundEmail"`);
    expect(mails).toContain("Confirm"); // the subject stays readable for the admin's mail page
    expect(mails).not.toContain(contact.contactEmail);
    expect(mails).not.toContain("Zuleika");
    const buckets = JSON.stringify(await database.prisma.rateLimitBucket.findMany());
    expect(buckets).not.toContain("zuleika");
    // Read back through the data module, it is all there.
    const read = withContact(
      await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(contact.contactEmail) }),
    );
    expect(read).toMatchObject({ ...contact, contactRole: "Coordinator" });
  });

  it("finds a second sign-up with the same address, whatever its case, through the hash", async () => {
    const again = input({ name: "Another Name Entirely", contactEmail: "  Zuleika@Sealed-Circle.example.org " });
    expect(await submitEndorsement(again, { ip: "10.27.0.2" })).toEqual({ status: "accepted" });
    expect(await database.prisma.endorsement.count()).toBe(1);
    expect(await database.prisma.outboundEmail.count({ where: emailsTo(contact.contactEmail) })).toBe(2);
  });

  it("sends a manage link to the address it is asked for, found by its hash", async () => {
    const before = await database.prisma.outboundEmail.count({ where: emailsTo(contact.contactEmail) });
    await requestManageLink("ZULEIKA@sealed-circle.example.org", "en", "10.27.0.3");
    await requestManageLink("nobody@sealed-circle.example.org", "en", "10.27.0.3");
    for (const task of deferred.splice(0)) await task();
    expect(await database.prisma.outboundEmail.count({ where: emailsTo(contact.contactEmail) })).toBe(before + 1);
    expect(await database.prisma.outboundEmail.count()).toBe(before + 1);
  });

  it("re-encrypts everything under a new key, keeps lookups working meanwhile, and is safe to re-run", async () => {
    useKeyring(parseKeyring(otherKey, testDataKey));
    // Rows hashed under the old key are still found, before the command runs.
    expect(await database.prisma.endorsement.count({ where: byContactEmail(contact.contactEmail) })).toBe(1);
    const lines: string[] = [];
    const first = await reencryptAll(database.prisma, (line) => lines.push(line));
    const mails = await database.prisma.outboundEmail.count();
    expect(first).toEqual({
      endorsements: { scanned: 1, reencrypted: 1 },
      emails: { scanned: mails, reencrypted: mails },
    });
    expect(lines.at(-1)).toBe(`queued emails: ${mails} scanned, ${mails} re-encrypted`);
    expect(await reencryptAll(database.prisma)).toEqual({
      endorsements: { scanned: 1, reencrypted: 0 },
      emails: { scanned: mails, reencrypted: 0 },
    });
    // The old key can go now: the new one alone opens everything and finds the address.
    useKeyring(parseKeyring(otherKey));
    expect(await dataKeyProblem(database.prisma)).toBeNull();
    const row = await database.prisma.endorsement.findFirstOrThrow({ where: byContactEmail(contact.contactEmail) });
    expect(withContact(row)).toMatchObject(contact);
    expect(row.contactEmailHash.startsWith("other:")).toBe(true);
    // And back, for the other tests.
    useKeyring(parseKeyring(testDataKey, otherKey));
    await reencryptAll(database.prisma);
    useKeyring(current);
  });

  it("names the problem when the key cannot open the stored data: a missing key id, or other key material", async () => {
    expect(await dataKeyProblem(database.prisma)).toBeNull();
    useKeyring(parseKeyring(otherKey));
    expect(await dataKeyProblem(database.prisma)).toMatch(
      /^Refusing to start: Contact data is sealed with the key id "test", which neither DATA_KEY nor DATA_OLD_KEYS provides\..*DATA_KEY/,
    );
    useKeyring(parseKeyring(sameIdOtherMaterial));
    expect(await dataKeyProblem(database.prisma)).toMatch(/^Refusing to start: The key "test" does not open/);
    useKeyring(current);
  });

  it.skipIf(testDatabaseKind !== "postgres")("a pg_dump of the database holds no contact email or name", () => {
    const dump = execFileSync("pg_dump", ["--no-owner", database.url ?? ""], { encoding: "utf8", maxBuffer: 1 << 28 });
    expect(dump).toContain("Sealed Circle of Learners"); // the dump does hold the data
    expect(dump).not.toContain(contact.contactEmail);
    expect(dump.toLowerCase()).not.toContain("zuleika");
  });
});

describe(`sealing the contact data of an older database on ${testDatabaseKind}`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  const before = readMigrationsList(migrationsDir).migrationDirectories.map((entry) => entry.path);

  beforeAll(async () => {
    database = await openTestDatabase({ until: before[before.indexOf(sealedColumnsMigration) - 1] });
  });
  afterAll(async () => {
    await database?.close();
  });

  it("seals plaintext rows between the two migrations, then drops the plaintext columns; a re-run does nothing", async () => {
    await database.prisma.$executeRaw`INSERT INTO "Endorsement" (id, slug, name, "nameKey", type, "countryCode",
      region, "contactName", "contactRole", "contactEmail", "consentPublic", "inviteCode", "updatedAt")
      VALUES ('old1', 'old-circle', 'Old Circle', 'old circle', 'ALE_PROVIDER', 'KE', 'AFRICA', 'Wanjiru Kamau',
        NULL, 'wanjiru@old-circle.example.org', true, 'oldinvite', now())`;
    await database.prisma.$executeRaw`INSERT INTO "OutboundEmail" (id, "to", subject, text, html)
      VALUES ('mail1', 'wanjiru@old-circle.example.org', 'Hello', 'Dear Wanjiru Kamau', '<p>Dear Wanjiru Kamau</p>')`;
    const result = await migrateDatabase(database);
    expect(result.sealed).toEqual({ endorsements: 1, emails: 1 });
    expect(result.applied).toContain(sealedColumnsMigration);
    const columns = await database.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN ('Endorsement', 'OutboundEmail')`;
    expect(columns.map((c) => c.column_name)).not.toContain("contactEmail");
    expect(columns.map((c) => c.column_name)).not.toContain("to");
    const row = await database.prisma.endorsement.findFirstOrThrow({
      where: byContactEmail("wanjiru@old-circle.example.org"),
    });
    expect(withContact(row)).toMatchObject({
      contactName: "Wanjiru Kamau",
      contactRole: null,
      contactEmail: "wanjiru@old-circle.example.org",
    });
    const [mail] = await database.prisma.outboundEmail.findMany({ where: emailsTo("wanjiru@old-circle.example.org") });
    expect(mail.id).toBe("mail1");
    expect(JSON.stringify(await database.prisma.$queryRaw`SELECT * FROM "OutboundEmail"`)).not.toContain("Wanjiru");
    expect(await migrateDatabase(database)).toEqual({ applied: [], sealed: null });
  });
});
