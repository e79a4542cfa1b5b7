// A public deployment as the issue describes it (#11): SITE_URL https://, PostgreSQL, no proxy
// settings (TRUST_PROXY=0). What a visitor or an attacker sees from outside.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicCacheControl } from "@/lib/cache/http-cache";
import { demoStaff } from "../../lib/staff/demo-accounts";
import { testDataKey } from "../support/data-key";
import {
  type App,
  createStaff,
  database,
  formFields,
  freshDatabase,
  hiddenInputs,
  postEndorsement,
  signInCookie,
  startApp,
  submit,
} from "./support";

const root = path.resolve(import.meta.dirname, "../..");
const site = "https://ale.test";

function db(command: string[], env: Record<string, string>) {
  const { SEED_DEMO: _unset, ...inherited } = process.env;
  return spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", ...command], {
    cwd: root,
    env: { ...inherited, SITE_URL: site, DATA_KEY: testDataKey, ...env },
    encoding: "utf8",
  });
}

async function signInAttempt(url: string, email: string, password: string, forwardedFor: string) {
  const html = await (await fetch(`${url}/admin/sign-in`)).text();
  const body = new FormData();
  for (const [name, value] of Object.entries(hiddenInputs(html))) body.set(name, value);
  body.set("email", email);
  body.set("password", password);
  const response = await fetch(`${url}/admin/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: url, "X-Forwarded-For": forwardedFor },
  });
  return response.text();
}

describe("production mode: https SITE_URL on PostgreSQL, no proxy", () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase("ale_resilience_production");
    const setup = db(["scripts/db.ts", "setup"], { DATABASE_URL: url });
    if (setup.status !== 0) throw new Error(`db setup failed:\n${setup.stdout}\n${setup.stderr}`);
    createStaff(url, "prod-admin@example.org", "prod admin passphrase");
    createStaff(url, "prod-moderator@example.org", "prod moderator passphrase", "moderator");
    createStaff(url, "prod-target@example.org", "prod target passphrase", "moderator");
    app = await startApp({
      port: 3715,
      databaseUrl: url,
      name: "production",
      env: { SITE_URL: site, TRUST_PROXY: "0" },
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("loads no demo endorsements and no demo staff on PostgreSQL unless asked", async () => {
    const client = await database(url);
    try {
      const staff = await client.query(`SELECT email FROM "StaffUser" ORDER BY email`);
      expect(staff.rows.map((row) => row.email)).toEqual([
        "prod-admin@example.org",
        "prod-moderator@example.org",
        "prod-target@example.org",
      ]);
      expect((await client.query(`SELECT count(*)::int AS n FROM "Endorsement"`)).rows[0].n).toBe(0);
    } finally {
      await client.end();
    }
  });

  it("refuses to start while demo staff accounts exist, naming the problem", async () => {
    const demoUrl = await freshDatabase("ale_resilience_production_demo");
    const seeded = db(["scripts/db.ts", "setup"], { DATABASE_URL: demoUrl, SEED_DEMO: "1" });
    expect(seeded.status).toBe(1);
    expect(seeded.stderr).toContain("Refusing to start");
    expect(seeded.stderr).toContain(demoStaff[0].email);
    // The server on its own (a service unit that skips the setup step) refuses as well.
    await expect(
      startApp({ port: 3716, databaseUrl: demoUrl, name: "production-demo", env: { SITE_URL: site } }),
    ).rejects.toThrow(/Refusing to start/);
    const removed = db(["scripts/admin-create.ts", "--remove-demo"], { DATABASE_URL: demoUrl });
    expect(removed.stdout).toContain("Deleted 2 demo staff account(s)");
    expect(db(["scripts/db.ts", "setup"], { DATABASE_URL: demoUrl, SEED_DEMO: "0" }).status).toBe(0);
  });

  it("sends HSTS from the run-time SITE_URL and a bounded Cache-Control on cached public pages", async () => {
    await fetch(`${app.url}/en/partners`);
    const page = await fetch(`${app.url}/en/partners`);
    expect(page.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(page.headers.get("cache-control")).toBe(publicCacheControl); // decision 018
    expect((await fetch(`${app.url}/en/endorse`)).headers.get("cache-control")).toMatch(/private, no-cache, no-store/);
    const admin = await fetch(`${app.url}/admin/sign-in`);
    expect(admin.headers.get("strict-transport-security")).toContain("max-age=");
    // The two answers that skip Next.js's router (decision 041).
    const search = await fetch(`${app.url}/en/endorsers?q=learning`);
    expect(search.status).toBe(200);
    // Through proxy.ts, the rewrite to /endorsers/search would name itself here.
    expect(search.headers.get("x-middleware-rewrite")).toBeNull();
    expect(search.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    const press = await fetch(`${app.url}/api/confirm`, {
      method: "POST",
      body: new URLSearchParams({ token: "x", locale: "en" }),
      redirect: "manual",
    });
    expect(press.status).toBe(303);
    expect(press.headers.get("location")).toBe(`${site}/en/endorse/confirm?invalid=1`);
    expect(press.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });

  it("answers the endorsement form's plain post itself: sent, or back with everything typed (decision 042)", async () => {
    // Without the server action's own fields, only the direct route can store the form or send it
    // back filled in: Next.js would find no action to run.
    const hidden = Object.fromEntries(
      Object.entries(await formFields(app.url)).filter(([name]) => !name.startsWith("$ACTION")),
    );
    const sent = await submit(app.url, hidden, {
      name: "Prod Mode Learners",
      email: "ama@prodmode.example.org",
      ip: "10.9.0.1",
    });
    expect(sent.sent).toBe(true);
    // A website with no registrable domain: the form comes back, as this instance renders it.
    const response = await postEndorsement(app.url, hidden, {
      name: "Suffix Only Learners",
      email: "ama@co.uk",
      ip: "10.9.0.2",
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toContain("form-action 'self'");
    const html = await response.text();
    expect(html).toContain('value="Suffix Only Learners"');
    expect(html).toContain('aria-invalid="true"');
    // Sent like every form page: no React scripts, the enhancement script kept.
    expect(html).not.toMatch(/<script[^>]*src="\/_next\//);
    expect(html).toContain("/scripts/endorse-form.js");
    // The typed state went to that one answer: the next visitor's form is empty.
    expect(await (await fetch(`${app.url}/en/endorse`)).text()).not.toContain("Suffix Only Learners");
  });

  it("keeps the strict policy of processed images", async () => {
    const form = new FormData();
    const png = readFileSync(path.join(root, "public/toolkit/we-are-ale-logo-en-dark.png"));
    form.set("logo", new Blob([png], { type: "image/png" }), "logo.png");
    const upload = await fetch(`${app.url}/api/logo`, { method: "POST", body: form, headers: { Origin: app.url } });
    const { sha256 } = (await upload.json()) as { sha256: string };
    const image = await fetch(`${app.url}/media/${sha256}`);
    expect(image.status).toBe(200);
    expect(image.headers.get("content-security-policy")).toBe("default-src 'none'");
  });

  it("limits by the socket's address: a rotating X-Forwarded-For changes nothing", async () => {
    // /api/logo allows 30 uploads an hour per address; the 31st is refused whatever the header says.
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      const form = new FormData();
      form.set("logo", new Blob(["not an image"], { type: "image/png" }), "logo.png");
      const upload = await fetch(`${app.url}/api/logo`, {
        method: "POST",
        body: form,
        headers: { Origin: app.url, "X-Forwarded-For": `198.51.100.${i}` },
      });
      statuses.push(upload.status);
    }
    expect(statuses.at(-1)).toBe(429);
    expect(new Set(statuses.slice(0, 29))).toEqual(new Set([422]));
  });

  it("locks sign-in per account and address, whatever X-Forwarded-For says", async () => {
    const answers: boolean[] = [];
    for (let i = 0; i < 7; i++) {
      const html = await signInAttempt(app.url, "prod-target@example.org", `wrong ${i}`, `203.0.113.${i}`);
      // The form's words travel with the page (a client component), so only the alert counts.
      answers.push(/<p role="alert"[^>]*>Too many attempts/.test(html));
    }
    expect(answers).toEqual([false, false, false, false, false, true, true]);
  });

  it("redirects to the https site after sign-in and from the manage link, never to the request's host", async () => {
    const { location } = await signInCookie(app.url, "prod-moderator@example.org", "prod moderator passphrase");
    expect(location).toBe(`${site}/admin`);
    const manage = await fetch(`${app.url}/api/manage?token=${"x".repeat(43)}&locale=fr`, { redirect: "manual" });
    expect(manage.headers.get("location")).toBe(`${site}/fr/endorse/manage?expired=1`);
  });

  it("asks an admin for two-step sign-in by default", async () => {
    const { cookie } = await signInCookie(app.url, "prod-admin@example.org", "prod admin passphrase");
    const dashboard = await fetch(`${app.url}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(dashboard.headers.get("location") ?? "").toContain("/admin/account?totp=required");
  });

  it("revokes the session on sign-out: a copied cookie no longer opens the admin", async () => {
    const { cookie } = await signInCookie(app.url, "prod-moderator@example.org", "prod moderator passphrase");
    const dashboard = await fetch(`${app.url}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(dashboard.status).toBe(200);
    const html = await dashboard.text();
    const signOutForm = [...html.matchAll(/<form[\s\S]*?<\/form>/g)]
      .map(([form]) => form)
      .find((form) => form.includes(">Sign out<"));
    if (!signOutForm) throw new Error("No sign-out form");
    const body = new FormData();
    for (const [name, value] of Object.entries(hiddenInputs(signOutForm))) body.set(name, value);
    const signOut = await fetch(`${app.url}/admin`, {
      method: "POST",
      body,
      redirect: "manual",
      headers: { cookie, Origin: app.url },
    });
    expect(signOut.status).toBeLessThan(400);
    const again = await fetch(`${app.url}/admin`, { headers: { cookie }, redirect: "manual" });
    expect(again.headers.get("location") ?? "").toContain("/admin/sign-in");
  });
});
