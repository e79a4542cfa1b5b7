import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import { byContactEmail } from "@/lib/endorsements/contact.server";
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
// A valid form may be changed in any field but these, so every accepted one is a new organisation.
const identity = new Set(["name", "contactEmail"]);

describe(`the submission path on ${testDatabaseKind} under malformed input`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    process.env.DATA_DIR = "/tmp/ale-fuzz-data";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
  });
  afterAll(async () => {
    await deliverDueEmails(); // the accepted forms' confirmations, before the database closes
    await database?.close();
  });

  it("stores exactly the forms it accepts, and answers every other one without an exception", async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: "grapheme", maxLength: 60 }),
      fc.constantFrom("", " ", "on", "KE", "NGO_NETWORK", "https://example.org", "a@b.co", "\u0000", "<script>"),
    );
    let run = 0;
    const outcomes = { accepted: 0, refused: 0, bot: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.nat({ max: 3 }),
        fc.dictionary(fc.constantFrom(...fields), value, { maxKeys: fields.length }),
        fc.option(fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.integer().map(String)), { maxLength: 12 }), {
          nil: undefined,
        }),
        fc.option(fc.uint8Array({ maxLength: 2048 }), { nil: undefined }),
        fc.boolean(),
        async (fromValidForm, changes, values, commitments, logoBytes, freshStamp) => {
          run++;
          // Each run is its own visitor (address, stamp, organisation), so no limit or duplicate
          // check carries over from one run to the next.
          const form = new FormData();
          if (fromValidForm) {
            const valid: Record<string, string> = {
              name: `Fuzz Learning Network ${run}`,
              type: "NGO_NETWORK",
              countryCode: "KE",
              website: `https://fuzz${run}.example.org`,
              contactName: "Achieng Odhiambo",
              contactRole: "Coordinator",
              contactEmail: `desk@fuzz${run}.example.org`,
              consentPublic: "on",
              locale: "en",
            };
            // Up to two fields changed, or (changes = 3) also the commitments and a logo.
            const changed = Object.entries(values).filter(([key]) => !identity.has(key));
            for (const [key, text] of [...Object.entries(valid), ...changed.slice(0, changes)]) form.set(key, text);
            const mangled = changes === 3;
            for (const commitment of (mangled && commitments) || ["1", "3"]) form.append("commitments", commitment);
            if (mangled && logoBytes) form.set("logo", new File([logoBytes], "logo.png", { type: "image/png" }));
          } else {
            for (const [key, text] of Object.entries(values)) form.set(key, text);
            for (const commitment of commitments ?? []) form.append("commitments", commitment);
            if (logoBytes) form.set("logo", new File([logoBytes], "logo.png", { type: "image/png" }));
          }
          form.set(stampField, freshStamp ? issueFormStamp(Date.now() - 10_000 - run) : "1.forged");
          form.set(honeypotField, "");

          const before = await database.prisma.endorsement.count();
          const state = await handleEndorsementForm(form, `203.0.${(run >> 8) & 255}.${run & 255}`);
          const stored = (await database.prisma.endorsement.count()) - before;

          for (const code of Object.values(state.errors)) expect(knownCodes).toContain(code);
          expect(state.errors.form).not.toBe("unavailable"); // the 503 answer: the database never failed
          if (!freshStamp) {
            // A forged stamp gets the calm answer a person would, and nothing is stored or sent.
            outcomes.bot++;
            expect(state).toMatchObject({ status: "sent", errors: {} });
            expect(stored).toBe(0);
          } else if (state.status === "sent") {
            outcomes.accepted++;
            expect(stored).toBe(1);
            expect(state.email).toBeTruthy();
            const row = await database.prisma.endorsement.findFirst({ where: byContactEmail(state.email ?? "") });
            expect(row?.status).toBe("AWAITING_CONFIRMATION");
          } else {
            outcomes.refused++;
            expect(state.status).toBe("invalid");
            expect(Object.keys(state.errors).length).toBeGreaterThan(0);
            expect(stored).toBe(0);
          }
        },
      ),
      { numRuns: 1500 },
    );
    // Both paths were taken many times, and the table holds exactly what was accepted.
    expect(outcomes.accepted).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(300);
    expect(outcomes.bot).toBeGreaterThan(600);
    expect(await database.prisma.endorsement.count()).toBe(outcomes.accepted);
  });
});
