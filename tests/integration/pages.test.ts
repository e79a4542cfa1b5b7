import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { sealContact } from "@/lib/endorsements/contact.server";
import { awaitingConfirmation, inviterName, justConfirmedName } from "@/lib/endorsements/pages.server";
import type { EndorsementStatus } from "@/lib/generated/prisma/client";
import { issueToken, redeemToken } from "@/lib/security/tokens.server";
import { openTestDatabase, testDatabaseKind } from "./support/database";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let n = 0;

/** An endorsement row in the given state, written directly (these tests are about reading). */
async function endorsement(status: EndorsementStatus, extra: { confirmedAt?: Date } = {}) {
  n++;
  return database.prisma.endorsement.create({
    data: {
      slug: `reading-circle-${n}-ke`,
      name: `Reading Circle ${n}`,
      nameKey: `reading circle ${n}`,
      type: "ALE_PROVIDER",
      countryCode: "KE",
      region: "AFRICA",
      ...sealContact({ contactName: "Amina Otieno", contactEmail: `amina@reading${n}.example.org` }),
      consentPublic: true,
      inviteCode: `invite${n}`,
      status,
      ...extra,
    },
  });
}

describe(`what the public endorsement pages read, on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    useConnection(database);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("greets a visitor by the inviter's name only when the inviter is public", async () => {
    const approved = await endorsement("APPROVED");
    const pending = await endorsement("AWAITING_REVIEW");
    expect(await inviterName(approved.inviteCode)).toBe(approved.name);
    expect(await inviterName(pending.inviteCode)).toBeNull();
    expect(await inviterName("nosuchcode")).toBeNull();
    // Malformed codes never reach the database (PostgreSQL refuses a NUL byte with an error).
    for (const code of [undefined, ["x"], "", "a\u0000b", "x".repeat(21), "' OR 1=1 --"]) {
      expect(await inviterName(code), JSON.stringify(code)).toBeNull();
    }
  });

  it("names the organisation just confirmed, for ten minutes and only while it awaits review", async () => {
    const recent = await endorsement("AWAITING_REVIEW", { confirmedAt: new Date(Date.now() - 9 * 60_000) });
    const old = await endorsement("AWAITING_REVIEW", { confirmedAt: new Date(Date.now() - 11 * 60_000) });
    const approved = await endorsement("APPROVED", { confirmedAt: new Date() });
    expect(await justConfirmedName(recent.slug)).toBe(recent.name);
    expect(await justConfirmedName(old.slug)).toBeNull();
    expect(await justConfirmedName(approved.slug)).toBeNull();
    expect(await justConfirmedName("no-such-slug")).toBeNull();
  });

  it("names the organisation of a valid confirmation link without using the link up", async () => {
    const pending = await endorsement("AWAITING_CONFIRMATION");
    const token = await issueToken(pending.id, "CONFIRM");
    expect((await awaitingConfirmation(token))?.name).toBe(pending.name);
    expect(await awaitingConfirmation(token)).toEqual({ name: pending.name, consentEmails: false }); // still unused
    expect(await awaitingConfirmation("x".repeat(43))).toBeNull();
    expect(await awaitingConfirmation("<script>")).toBeNull();
    const manage = await issueToken(pending.id, "MANAGE");
    expect(await awaitingConfirmation(manage)).toBeNull(); // another purpose
    expect(await redeemToken(token, "CONFIRM")).toBe(pending.id);
    expect(await awaitingConfirmation(token)).toBeNull(); // used
    const confirmed = await endorsement("AWAITING_REVIEW");
    expect(await awaitingConfirmation(await issueToken(confirmed.id, "CONFIRM"))).toBeNull();
  });
});
