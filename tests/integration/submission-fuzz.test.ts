import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { handleEndorsementForm } from "@/lib/endorsements/form.server";
import { honeypotField, issueFormStamp, stampField } from "@/lib/security/form-guard.server";
import en from "@/messages/en.json";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";

const knownCodes = new Set(Object.keys(en.Endorse.errors));
const fields = [
  "name",
  "acronym",
  "type",
  "countryCode",
  "city",
  "website",
  "contactName",
  "contactRole",
  "contactEmail",
  "statement",
  "consentPublic",
  "consentEmails",
  "locale",
  "via",
  "logoSha256",
];

describe(`the submission path on ${testDatabaseKind} under malformed input`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    process.env.DATA_DIR = "/tmp/ale-fuzz-data";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("answers thousands of malformed forms with validation errors, never an exception", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.constantFrom("", " ", "on", "KE", "NGO_NETWORK", "https://example.org", "a@b.co", "\u0000", "<script>"),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: fields.length }),
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer().map(String)), { maxLength: 12 }),
        fc.option(fc.uint8Array({ maxLength: 2048 }), { nil: undefined }),
        fc.boolean(),
        async (values, commitments, logoBytes, freshStamp) => {
          const form = new FormData();
          for (const [key, text] of Object.entries(values)) form.set(key, text);
          for (const commitment of commitments) form.append("commitments", commitment);
          if (logoBytes) form.set("logo", new File([logoBytes], "logo.png", { type: "image/png" }));
          form.set(stampField, freshStamp ? issueFormStamp(Date.now() - 10_000) : "1.forged");
          form.set(honeypotField, "");
          const state = await handleEndorsementForm(form, "203.0.113.9");
          expect(["invalid", "sent"]).toContain(state.status);
          for (const code of Object.values(state.errors)) expect(knownCodes).toContain(code);
        },
      ),
      { numRuns: 1500 },
    );
    // Nothing malformed was stored.
    expect(await database.prisma.endorsement.count({ where: { status: "AWAITING_CONFIRMATION" } })).toBe(0);
  });
});
