import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { open } from "@/lib/crypto/data-key.server";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails, emailsTo } from "@/lib/email/queue.server";
import { requestManageLink } from "@/lib/endorsements/manage.server";
import { validateEndorsement } from "@/lib/endorsements/schema";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";

// Work scheduled with next/server's after() is collected here and run when the test says so.
const deferred: (() => Promise<void>)[] = [];
vi.mock("next/server", () => ({ after: (task: () => Promise<void>) => deferred.push(task) }));

let database: Awaited<ReturnType<typeof openTestDatabase>>;
const contactEmail = "owner@manage-link.example.org";

const manageMails = async () => {
  const mails = await database.prisma.outboundEmail.findMany({ where: emailsTo(contactEmail) });
  return mails.filter((mail) => open(mail.textSealed).includes("/api/manage?token=")).length;
};

async function runDeferred() {
  for (const task of deferred.splice(0)) await task();
}

describe(`manage-link requests on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    process.env.SITE_URL = "https://we-are-ale.test";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const input = validateEndorsement({
      name: "Manage Link Circle",
      type: "ALE_PROVIDER",
      countryCode: "KE",
      city: "Kisumu",
      website: "https://manage-link.example.org",
      contactName: "Amina Otieno",
      contactRole: "Director",
      contactEmail,
      commitments: ["1"],
      consentPublic: "on",
      locale: "en",
    } as never);
    if (!input.success) throw new Error(JSON.stringify(input.errors));
    expect(await submitEndorsement(input.data, { ip: "10.9.0.1" })).toEqual({ status: "accepted" });
  });
  afterAll(async () => {
    await deliverDueEmails(); // what the test queued, before the database closes
    await database?.close();
  });

  it("does the same work before answering whether or not the address exists; the lookup and email come after", async () => {
    await requestManageLink(contactEmail, "en", "10.9.0.2");
    await requestManageLink("nobody@manage-link.example.org", "en", "10.9.0.3");
    // Nothing about the address has been looked up or sent yet: one deferred task for each request.
    expect(await manageMails()).toBe(0);
    expect(deferred).toHaveLength(2);
    await runDeferred();
    expect(await manageMails()).toBe(1);
  });

  it("keys the per-email limit by address too, so a stranger cannot use up the owner's requests", async () => {
    const before = await manageMails();
    for (let i = 0; i < 5; i++) await requestManageLink(contactEmail, "en", "192.0.2.66");
    await runDeferred();
    expect(await manageMails()).toBe(before + 3);
    await requestManageLink(contactEmail, "en", "198.51.100.7");
    await runDeferred();
    expect(await manageMails()).toBe(before + 4);
  });
});
