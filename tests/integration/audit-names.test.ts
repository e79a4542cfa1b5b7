import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordNames } from "@/lib/audit/record-names.server";
import { useConnection } from "@/lib/db/client.server";
import { sealContact } from "@/lib/endorsements/contact.server";
import { nextInQueue } from "@/lib/endorsements/review.server";
import { openTestDatabase, testDatabaseKind } from "./support/database";

let database: Awaited<ReturnType<typeof openTestDatabase>>;

async function endorsement(name: string, status: "AWAITING_REVIEW" | "APPROVED", createdAt: Date) {
  return database.prisma.endorsement.create({
    data: {
      slug: `${name.toLowerCase().replace(/\W+/g, "-")}-ke`,
      name,
      nameKey: name.toLowerCase(),
      type: "ALE_PROVIDER",
      countryCode: "KE",
      region: "AFRICA",
      ...sealContact({
        contactName: "Amina",
        contactRole: "Director",
        contactEmail: `${name.replace(/\W+/g, "").toLowerCase()}@example.org`,
      }),
      locale: "en",
      consentPublic: true,
      inviteCode: name.replace(/\W+/g, "").slice(0, 12),
      status,
      createdAt,
    },
  });
}

describe(`staff screens on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    useConnection(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("names audit records: live ones from their table, deleted ones from the entry's snapshot", async () => {
    const org = await endorsement("Learning Circle Kisumu", "APPROVED", new Date());
    const news = await database.prisma.newsItem.create({
      data: {
        slug: "cities-meet",
        status: "DRAFT",
        translations: { create: [{ locale: "en", title: "Cities meet", summary: "", body: "Text" }] },
      },
    });
    const entries = [
      { entityType: "Endorsement", entityId: org.id, before: null, after: null },
      { entityType: "NewsItem", entityId: news.id, before: null, after: null },
      { entityType: "Partner", entityId: "gone", before: { name: "Old Partner" }, after: null },
      { entityType: "Endorsement", entityId: "erased", before: { status: "APPROVED" }, after: null },
    ];
    const names = await recordNames(entries);
    expect(names.get(`Endorsement:${org.id}`)).toEqual({ name: "Learning Circle Kisumu", live: true });
    expect(names.get(`NewsItem:${news.id}`)).toEqual({ name: "Cities meet", live: true });
    expect(names.get("Partner:gone")).toEqual({ name: "Old Partner", live: false });
    expect(names.has("Endorsement:erased")).toBe(false);
  });

  it("finds the next endorsement awaiting review after this one, or else the oldest left", async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 10, n));
    const first = await endorsement("Queue One", "AWAITING_REVIEW", day(1));
    const second = await endorsement("Queue Two", "AWAITING_REVIEW", day(2));
    await endorsement("Queue Approved", "APPROVED", day(3));
    const third = await endorsement("Queue Three", "AWAITING_REVIEW", day(4));
    expect(await nextInQueue(first.id)).toBe(second.id);
    expect(await nextInQueue(second.id)).toBe(third.id);
    expect(await nextInQueue(third.id)).toBe(first.id);
  });
});
