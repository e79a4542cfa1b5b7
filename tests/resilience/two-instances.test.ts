import { createHash, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailHash } from "@/lib/crypto/sealed";
import {
  type App,
  approveThroughAdmin,
  createStaff,
  database,
  formFields,
  freshDatabase,
  postForm,
  setUpDatabase,
  signInCookie,
  stampAge,
  startApp,
  startNginx,
  submit,
  testKeyring,
} from "./support";

describe("two app instances behind nginx, sharing one PostgreSQL", () => {
  let a: App;
  let b: App;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase("ale_resilience_pair");
    setUpDatabase(url);
    // A moderator: admins must set up two-step sign-in first (the default).
    createStaff(url, "pair-moderator@example.org", "pair moderator passphrase", "moderator");
    [a, b] = await Promise.all([
      startApp({ port: 3751, databaseUrl: url, name: "pair-a", env: { SITE_URL: "http://localhost:3750" } }),
      startApp({ port: 3752, databaseUrl: url, name: "pair-b", env: { SITE_URL: "http://localhost:3750" } }),
    ]);
    nginx = await startNginx(3750, [3751, 3752]);
  });
  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
  });

  it("spreads requests over both instances", async () => {
    const upstreams = new Set<string>();
    for (let i = 0; i < 6; i++) upstreams.add((await fetch(`${nginx.url}/en`)).headers.get("x-upstream") ?? "");
    expect([...upstreams].sort()).toEqual(["127.0.0.1:3751", "127.0.0.1:3752"]);
  });

  it("counts rate limits across instances", async () => {
    const hidden = await formFields(nginx.url);
    await stampAge();
    const answers = [];
    // nginx puts the caller's address last in X-Forwarded-For, whatever the caller claims.
    for (let i = 0; i < 12; i++) {
      answers.push(
        await submit(nginx.url, hidden, {
          name: `Pair Learners ${i}`,
          email: `hi@pair${i}.example.org`,
          ip: `198.18.0.${i}`,
        }),
      );
    }
    expect(answers.map((answer) => answer.sent)).toEqual([...Array(10).fill(true), false, false]);
    expect(answers[11].html).toContain("Too many endorsements were sent from here recently");
  });

  it("keeps a staff session valid on either instance", async () => {
    const { cookie, setCookie } = await signInCookie(
      nginx.url,
      "pair-moderator@example.org",
      "pair moderator passphrase",
    );
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    for (const app of [a, b]) {
      const page = await fetch(`${app.url}/admin`, { headers: { cookie }, redirect: "manual" });
      expect(page.status, app.url).toBe(200);
      expect(await page.text()).toContain("Dashboard");
    }
  });

  it("serves a logo uploaded to one instance from the other", async () => {
    const form = new FormData();
    form.set(
      "logo",
      new Blob([readFileSync("public/toolkit/we-are-ale-logo-en-dark.png")], { type: "image/png" }),
      "logo.png",
    );
    const upload = await fetch(`${a.url}/api/logo`, { method: "POST", body: form, headers: { Origin: a.url } });
    const { sha256 } = (await upload.json()) as { sha256: string };
    const image = await fetch(`${b.url}/media/${sha256}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-type")).toBe("image/png");
  });

  it("every public surface follows each transition on both instances within a second", async () => {
    const hidden = await formFields(a.url);
    const person = { name: "Surface Tension Learning Hub", email: "desk@surface-hub.example.org", ip: "198.18.2.1" };
    expect((await submit(a.url, hidden, person)).sent).toBe(true);
    const pool = database(url);
    const { rows } = await pool.query(`SELECT id, slug FROM "Endorsement" WHERE "contactEmailHash" = $1`, [
      emailHash(testKeyring, person.email),
    ]);
    await pool.query(`UPDATE "Endorsement" SET status = 'AWAITING_REVIEW', "confirmedAt" = now() WHERE id = $1`, [
      rows[0].id,
    ]);
    await pool.end();
    const { id, slug } = rows[0] as { id: string; slug: string };
    const { cookie: staff } = await signInCookie(a.url, "pair-moderator@example.org", "pair moderator passphrase");
    const apps = [a, b];
    const step = async (change: () => Promise<void>, isPublic: boolean) => {
      const before = await Promise.all(apps.map((app) => surfaces(app.url, slug, person.name))); // warms every cache
      await change();
      await expectEverywhere(apps, slug, person.name, isPublic, before);
    };

    const approve = async (app: App) => expect((await approveThroughAdmin(app.url, staff, id)).status).toBe(303);
    await step(() => approve(a), true);
    const manage = await manageSession(b.url, url, id);
    await step(() => pressManageButton(b.url, manage, "Withdraw the endorsement"), false);
    await step(async () => {
      await pressManageButton(b.url, manage, "Endorse #weareALE again");
      await approve(b);
    }, true);
    await step(() => pressManageButton(a.url, manage, "Erase everything", { confirm: "on" }), false);
  });

  it("shows a newly approved endorser on both instances within a second", async () => {
    const hidden = await formFields(b.url);
    await stampAge();
    const person = { name: "Pair Approved Learning Trust", email: "desk@pair-approved.example.org", ip: "198.18.1.1" };
    expect((await submit(b.url, hidden, person)).sent).toBe(true);
    const pool = database(url);
    const { rows } = await pool.query(`SELECT id, slug FROM "Endorsement" WHERE "contactEmailHash" = $1`, [
      emailHash(testKeyring, person.email),
    ]);
    await pool.query(`UPDATE "Endorsement" SET status = 'AWAITING_REVIEW', "confirmedAt" = now() WHERE id = $1`, [
      rows[0].id,
    ]);
    await pool.end();
    const { cookie } = await signInCookie(a.url, "pair-moderator@example.org", "pair moderator passphrase");
    // Before: neither instance shows it (and each has the wall and endorser page warm).
    for (const app of [a, b]) {
      expect(await (await fetch(`${app.url}/en/endorsers?q=Pair+Approved`)).text()).not.toContain(person.name);
      expect((await fetch(`${app.url}/en/endorsers/${rows[0].slug}`)).status).toBe(404);
    }
    expect((await approveThroughAdmin(a.url, cookie, rows[0].id)).status).toBe(303);
    for (const app of [a, b]) {
      expect(await (await fetch(`${app.url}/en/endorsers?q=Pair+Approved`)).text(), app.url).toContain(person.name);
      // B had cached the page as "not found"; A's revalidation reaches it through the shared table.
      await expect
        .poll(async () => (await fetch(`${app.url}/en/endorsers/${rows[0].slug}`)).status, {
          timeout: 1500,
          interval: 100,
        })
        .toBe(200);
      // Open data is a file rebuilt when a reader finds the list changed (decision 031).
      const listed = async () =>
        (
          (await (await fetch(`${app.url}/api/endorsers/json`)).json()) as { endorsers: { slug: string }[] }
        ).endorsers.map((e) => e.slug);
      await expect.poll(listed, { timeout: 1500, interval: 100, message: app.url }).toContain(rows[0].slug);
    }
  });
});

/**
 * What every public surface shows of one endorser, as a visitor sees it: its page and share image,
 * whether the lists name it, and the counts (wall, per country, map, call to action, home figures).
 */
async function surfaces(url: string, slug: string, name: string) {
  const text = async (path: string) => (await fetch(`${url}${path}`)).text();
  const hash = async (path: string) =>
    createHash("sha256")
      .update(Buffer.from(await (await fetch(`${url}${path}`)).arrayBuffer()))
      .digest("hex");
  const [pageEn, pageFr, image, wall, home, json, csv, countries, map, cta] = await Promise.all([
    fetch(`${url}/en/endorsers/${slug}`).then((r) => r.status),
    fetch(`${url}/fr/endorsers/${slug}`).then((r) => r.status),
    hash(`/en/endorsers/${slug}/opengraph-image`),
    text("/en/endorsers"),
    text("/en"),
    text("/api/endorsers/json"),
    text("/api/endorsers/csv"),
    text("/en/endorsers/countries"),
    hash("/en/endorsers/map.svg"),
    text("/en/call-to-action"),
  ]);
  const strip = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "");
  return {
    pages: [pageEn, pageFr],
    image,
    listed: [wall, home, json, csv].map((body) => body.includes(name) || body.includes(slug)),
    counts: [strip(countries), map, strip(cta)].map((body) => createHash("sha256").update(body).digest("hex")),
  };
}
type Surfaces = Awaited<ReturnType<typeof surfaces>>;

/** Polls both instances until every surface shows the endorser as public (or gone), within 1.5 s. */
async function expectEverywhere(apps: App[], slug: string, name: string, isPublic: boolean, before: Surfaces[]) {
  for (const [i, app] of apps.entries()) {
    await expect
      .poll(
        async () => {
          const now = await surfaces(app.url, slug, name);
          return {
            pages: now.pages,
            listed: now.listed,
            imageChanged: now.image !== before[i].image,
            countsChanged: now.counts.map((count, k) => count !== before[i].counts[k]),
          };
        },
        { timeout: 1500, interval: 100, message: `${app.url} after the change` },
      )
      .toEqual({
        pages: isPublic ? [200, 200] : [404, 404],
        listed: [isPublic, isPublic, isPublic, isPublic],
        imageChanged: true,
        countsChanged: [true, true, true],
      });
  }
}

/** Opens a manage session as the emailed link would (the token is stored hashed, as the app does). */
async function manageSession(url: string, databaseUrl: string, endorsementId: string) {
  const token = randomBytes(32).toString("base64url");
  const pool = database(databaseUrl);
  await pool.query(
    `INSERT INTO "EmailToken" (id, "endorsementId", purpose, "tokenHash", "expiresAt")
     VALUES ($1, $2, 'MANAGE', $3, now() + interval '1 hour')`,
    [`tok${randomBytes(10).toString("hex")}`, endorsementId, createHash("sha256").update(token).digest("hex")],
  );
  await pool.end();
  const answer = await fetch(`${url}/api/manage?token=${token}&locale=en`, { redirect: "manual" });
  const cookie = (answer.headers.get("set-cookie") ?? "").split(";")[0];
  if (!cookie) throw new Error("No manage session");
  return cookie;
}

/** Presses a button of the manage page as a browser without JavaScript would. */
async function pressManageButton(url: string, cookie: string, button: string, extra: Record<string, string> = {}) {
  const page = `${url}/en/endorse/manage`;
  const html = await (await fetch(page, { headers: { cookie } })).text();
  const response = await postForm(page, html, button, extra, { cookie });
  expect(response.status, button).toBeLessThan(400);
}
