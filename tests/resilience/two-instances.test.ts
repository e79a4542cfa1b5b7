import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type App,
  approveThroughAdmin,
  createStaff,
  database,
  formFields,
  freshDatabase,
  setUpDatabase,
  signInCookie,
  stampAge,
  startApp,
  startNginx,
  submit,
} from "./support";

describe("two app instances behind nginx, sharing one PostgreSQL", () => {
  let a: App;
  let b: App;
  let nginx: Awaited<ReturnType<typeof startNginx>>;
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase("ale_resilience_pair");
    setUpDatabase(url);
    createStaff(url, "pair-admin@example.org", "pair admin passphrase");
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
    const { cookie, setCookie } = await signInCookie(nginx.url, "pair-admin@example.org", "pair admin passphrase");
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

  it("shows a newly approved endorser on both instances within a second", async () => {
    const hidden = await formFields(b.url);
    await stampAge();
    const person = { name: "Pair Approved Learning Trust", email: "desk@pair-approved.example.org", ip: "198.18.1.1" };
    expect((await submit(b.url, hidden, person)).sent).toBe(true);
    const pool = database(url);
    const { rows } = await pool.query(`SELECT id, slug FROM "Endorsement" WHERE "contactEmail" = $1`, [person.email]);
    await pool.query(`UPDATE "Endorsement" SET status = 'AWAITING_REVIEW', "confirmedAt" = now() WHERE id = $1`, [
      rows[0].id,
    ]);
    await pool.end();
    const { cookie } = await signInCookie(a.url, "pair-admin@example.org", "pair admin passphrase");
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
      const json = (await (await fetch(`${app.url}/api/endorsers/json`)).json()) as { endorsers: { slug: string }[] };
      expect(
        json.endorsers.map((e) => e.slug),
        app.url,
      ).toContain(rows[0].slug);
    }
  });
});
