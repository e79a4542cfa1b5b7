// The one form reader behind the create and the update actions, and the single-use form stamp.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submissionGate, submissionLimits } from "@/lib/availability/admission";
import { useConnection } from "@/lib/db/client.server";
import { deliverDueEmails } from "@/lib/email/queue.server";
import { byContactEmail } from "@/lib/endorsements/contact.server";
import { type EndorseState, handleEndorsementForm, readEndorsementForm } from "@/lib/endorsements/form.server";
import { answerSignUpPost } from "@/lib/endorsements/plain-post.server";
import { env } from "@/lib/env.server";
import { addressChainHeader } from "@/lib/security/address-chain";
import { issueFormStamp, stampField } from "@/lib/security/form-guard.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";

let counter = 0;

function form(overrides: Record<string, string> = {}) {
  counter++;
  const data = new FormData();
  const fields: Record<string, string> = {
    name: `Folk High School ${counter}`,
    type: "ALE_PROVIDER",
    countryCode: "SE",
    website: `https://folk${counter}.example.org`,
    contactName: "Sven Berg",
    contactRole: "Rector",
    contactEmail: `sven@folk${counter}.example.org`,
    consentPublic: "on",
    locale: "en",
    [stampField]: issueFormStamp(Date.now() - 10_000),
    ...overrides,
  };
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  data.append("commitments", "4");
  return data;
}

const png = () =>
  sharp({ create: { width: 64, height: 32, channels: 3, background: "#0b5d4b" } })
    .png()
    .toBuffer();

describe(`the endorsement form on ${testDatabaseKind}`, () => {
  let database: Awaited<ReturnType<typeof openTestDatabase>>;
  beforeAll(async () => {
    process.env.DATA_DIR = "/tmp/ale-form-data";
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
  });
  afterAll(async () => {
    await deliverDueEmails(); // the accepted forms' confirmations, before the database closes
    await database?.close();
  });

  it("answers 'busy, send it again' with everything typed when the door is full, and stores it when sent again", async () => {
    // Every running and waiting place at the form's door taken by work that has not finished.
    const gate = submissionGate(env().DATABASE_POOL_SIZE);
    let finish = () => {};
    const blocked = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const { concurrent, waiting } = submissionLimits(env().DATABASE_POOL_SIZE);
    const holders = Array.from({ length: concurrent + waiting }, () => gate.run(() => blocked));
    expect(gate.load()).toEqual({ running: concurrent, waiting });
    const stamp = issueFormStamp(Date.now() - 10_000);
    const typed = form({ name: "Crowded Hall Learners", city: "Malmö", [stampField]: stamp });
    const answer = await handleEndorsementForm(typed, "10.2.0.9");
    expect(answer).toMatchObject({ status: "invalid", errors: { form: "busy" }, stamp });
    expect(answer.values).toMatchObject({ name: "Crowded Hall Learners", city: "Malmö", commitments: ["4"] });
    const email = typed.get("contactEmail") as string;
    expect(await database.prisma.endorsement.count({ where: byContactEmail(email) })).toBe(0);

    finish();
    await Promise.all(holders);
    // The same form, its stamp unused, goes through once there is room.
    expect((await handleEndorsementForm(typed, "10.2.0.9")).status).toBe("sent");
    expect(await database.prisma.endorsement.count({ where: byContactEmail(email) })).toBe(1);
  });

  it("keeps a logo sent with a form that has a mistake, and finds it by its hash on the next send", async () => {
    const first = form({ name: "x" });
    first.set("logo", new File([await png()], "logo.png", { type: "image/png" }));
    const read = await readEndorsementForm(first, "10.2.0.1");
    expect(read.input).toBeUndefined();
    expect(read.errors).toEqual({ name: "tooShort" });
    expect(read.logoSha256).toMatch(/^[a-f0-9]{64}$/);
    expect(read.values.contactEmail).toBe(`sven@folk${counter}.example.org`);

    const again = form({ logoSha256: read.logoSha256 as string });
    const corrected = await readEndorsementForm(again, "10.2.0.1");
    expect(corrected.errors).toEqual({});
    expect(corrected.logoImageId).toBe(read.logoImageId);
    expect(corrected.input?.name).toBe(`Folk High School ${counter}`);
  });

  it("lets the caller fix fields the form may not change (the manage page's address)", async () => {
    const read = await readEndorsementForm(form({ contactEmail: "attacker@example.org" }), "10.2.0.2", {
      contactEmail: "owner@folk.example.org",
    });
    expect(read.input?.contactEmail).toBe("owner@folk.example.org");
  });

  it("refuses a file over the size limit before decoding it, keeping the typed values", async () => {
    const big = form({ name: "Big Logo Collective" });
    big.set("logo", new File([new Uint8Array(2 * 1024 * 1024 + 1)], "big.png", { type: "image/png" }));
    const read = await readEndorsementForm(big, "10.2.0.3");
    expect(read.errors).toEqual({ logo: "logoTooLarge" });
    expect(read.values.name).toBe("Big Logo Collective");
  });

  it("makes one endorsement per form stamp: a replayed form stores nothing more", async () => {
    const sent = form();
    const replay = form({ [stampField]: String(sent.get(stampField)) });
    expect((await handleEndorsementForm(sent, "10.2.0.4")).status).toBe("sent");
    expect((await handleEndorsementForm(replay, "10.2.0.5")).status).toBe("sent"); // the same calm answer
    const stored = await database.prisma.endorsement.count({
      where: {
        OR: [byContactEmail(String(sent.get("contactEmail"))), byContactEmail(String(replay.get("contactEmail")))],
      },
    });
    expect(stored).toBe(1);
    // The replay was counted with the address's limit in one statement, then given back.
    const replayed = await database.prisma.rateLimitBucket.findMany({ where: { key: "endorse:ip:10.2.0.5" } });
    expect(replayed.map((bucket) => bucket.count)).toEqual([0]);
    const first = await database.prisma.rateLimitBucket.findMany({ where: { key: "endorse:ip:10.2.0.4" } });
    expect(first.map((bucket) => bucket.count)).toEqual([1]);
  });

  it("keeps the stamp while the person corrects mistakes", async () => {
    const stamp = issueFormStamp(Date.now() - 10_000);
    const wrong = await handleEndorsementForm(form({ [stampField]: stamp, website: "not a site" }), "10.2.0.6");
    expect(wrong).toMatchObject({ status: "invalid", errors: { website: "invalidUrl" }, stamp });
    expect((await handleEndorsementForm(form({ [stampField]: stamp }), "10.2.0.6")).status).toBe("sent");
    expect(await database.prisma.endorsement.count({ where: byContactEmail(`sven@folk${counter}.example.org`) })).toBe(
      1,
    );
  });

  it("refuses a website whose host is a bare public suffix, keeping everything typed", async () => {
    for (const website of ["https://co.uk", "github.io"]) {
      const stamp = issueFormStamp(Date.now() - 10_000);
      const typed = form({ [stampField]: stamp, website, name: "Suffix Learning Hub" });
      const answer = await handleEndorsementForm(typed, "10.2.0.8");
      expect(answer).toMatchObject({ status: "invalid", errors: { website: "invalidUrl" } });
      expect(answer.values).toMatchObject({ website, name: "Suffix Learning Hub" });
    }
    expect(await database.prisma.endorsement.count({ where: { name: "Suffix Learning Hub" } })).toBe(0);
  });

  it("stores an endorsement without a website (small community centres have none)", async () => {
    const data = form({ name: "Barrio Community Centre", website: "" });
    expect((await handleEndorsementForm(data, "10.2.0.7")).status).toBe("sent");
    const stored = await database.prisma.endorsement.findFirstOrThrow({
      where: byContactEmail(String(data.get("contactEmail"))),
    });
    expect(stored).toMatchObject({ name: "Barrio Community Centre", website: null, websiteDomain: null });
  });

  describe("posted without JavaScript, as the direct route answers it (decision 042)", () => {
    const post = (body: BodyInit) =>
      new Request("http://localhost:3000/fr/endorse", {
        method: "POST",
        body,
        headers: { [addressChainHeader]: "10.4.0.1" },
        duplex: "half",
      } as RequestInit);
    const noFormPage = async () => {
      throw new Error("the form should not come back");
    };

    it("stores a valid form and answers 303 to the static 'check your email' page, in its language", async () => {
      const typed = form({ locale: "fr" });
      const answer = await answerSignUpPost(post(typed), "fr", noFormPage);
      expect(answer.status).toBe(303);
      expect(answer.headers.get("location")).toBe("/fr/endorse/sent");
      const stored = await database.prisma.endorsement.findFirst({
        where: byContactEmail(typed.get("contactEmail") as string),
      });
      expect(stored).toMatchObject({ name: typed.get("name"), status: "AWAITING_CONFIRMATION", locale: "fr" });
    });

    it("sends the form back with everything typed and what to correct, storing nothing", async () => {
      const typed = form({ website: "https://co.uk", city: "Göteborg" });
      let sentBack: EndorseState | undefined;
      const page = new Response("the form", { status: 200 });
      const answer = await answerSignUpPost(post(typed), "fr", async (state) => {
        sentBack = state;
        return page;
      });
      expect(answer).toBe(page);
      expect(sentBack).toMatchObject({
        status: "invalid",
        errors: { website: "invalidUrl" },
        values: { name: typed.get("name"), city: "Göteborg", commitments: ["4"] },
        stamp: typed.get(stampField),
      });
      const stored = await database.prisma.endorsement.count({
        where: byContactEmail(typed.get("contactEmail") as string),
      });
      expect(stored).toBe(0);
    });

    it("answers a body past the limit that no Content-Length announced with the translated 413 page", async () => {
      const chunk = new Uint8Array(1024 * 1024);
      let sent = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          sent++;
          if (sent > 12) controller.close();
          else controller.enqueue(chunk);
        },
      });
      const answer = await answerSignUpPost(post(endless), "fr", noFormPage);
      expect(answer.status).toBe(413);
      expect(await answer.text()).toContain('<html lang="fr"');
    });
  });
});
