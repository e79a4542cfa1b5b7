// The production topology of docs/DEPLOY.md on 127.0.0.1: the shipped nginx site terminating TLS
// with a certificate made here, two `scripts/server.mjs` instances configured as deploy/we-are-ale.env.example
// says (SITE_URL=https://…, TRUST_PROXY=1, SEED_DEMO=0), PostgreSQL, a real SMTP server, and the
// backup and restore scripts.
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publicCacheControl } from "@/lib/cache/http-cache";
import { emailHash } from "@/lib/crypto/sealed";
import { formBodyLimitBytes } from "../../lib/media/upload-limits";
import { linkIn, startSmtpServer } from "../integration/support/smtp";
import {
  backup,
  exampleEnvironment,
  restore,
  startDeployedNginx,
  trustCertificate,
  unitCommand,
  unitFile,
} from "./deployment";
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
  submit,
  testKeyring,
} from "./support";

const tlsPort = 3443;
const httpPort = 3744;
const appPorts: [number, number] = [3741, 3742];
const site = `https://localhost:${tlsPort}`;
const moderator = { email: "moderator@topology.we-are-ale.net", password: "topology moderator passphrase" };
const admin = { email: "admin@topology.we-are-ale.net", password: "topology admin passphrase" };
const endorser = {
  name: "Topology Learning Trust",
  email: "desk@topology-trust.example.org",
  ip: "198.51.100.7",
  logo: new Blob([readFileSync("public/toolkit/we-are-ale-logo-en-dark.png")], { type: "image/png" }),
};

describe("production topology: nginx with TLS, two instances, PostgreSQL, SMTP", () => {
  let databaseUrl: string;
  let apps: App[] = [];
  let nginx: Awaited<ReturnType<typeof startDeployedNginx>>;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let pool: ReturnType<typeof database>;
  let slug: string;

  // Started as the systemd unit starts them, with the example environment file's settings; the
  // database, secrets, data directory, site and mail server are the test's.
  const { DATABASE_URL, AUTH_SECRET, DATA_KEY, DATA_DIR, PORT, ...settings } = exampleEnvironment();
  const startApps = () =>
    Promise.all(
      appPorts.map((port, index) => {
        const unit = unitCommand(port);
        return startApp({
          port,
          databaseUrl,
          name: `topology-${index}`,
          command: unit.command,
          env: { ...unit.env, ...settings, SITE_URL: site, SMTP_URL: smtp.url },
        });
      }),
    );
  const stopApps = () => Promise.all(apps.map((app) => app.stop()));

  /** Waits for the newest email to `to` whose subject matches. */
  async function mailTo(to: string, subject: RegExp) {
    for (let attempt = 0; attempt < 100; attempt++) {
      const mail = (await smtp.to(to)).filter((m) => subject.test(m.subject ?? "")).at(-1);
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No email "${subject}" to ${to}; inbox: ${smtp.inbox.map((m) => m.subject).join(" | ")}`);
  }

  beforeAll(async () => {
    databaseUrl = await freshDatabase("ale_resilience_topology");
    setUpDatabase(databaseUrl);
    createStaff(databaseUrl, admin.email, admin.password, "admin");
    createStaff(databaseUrl, moderator.email, moderator.password, "moderator");
    smtp = await startSmtpServer();
    apps = await startApps();
    nginx = await startDeployedNginx({ tlsPort, httpPort, upstreamPorts: appPorts });
    await trustCertificate(nginx.certificate.pem);
    pool = database(databaseUrl);
  });
  afterAll(async () => {
    await pool?.end();
    await nginx?.stop();
    await stopApps();
    await smtp?.stop();
  });

  it("ships a hardened unit and production settings", () => {
    expect(settings).toMatchObject({ TRUST_PROXY: "1", SEED_DEMO: "0" });
    expect(settings.SITE_URL).toMatch(/^https:\/\//);
    expect([DATABASE_URL, AUTH_SECRET, DATA_KEY, DATA_DIR, PORT].every(Boolean)).toBe(true);
    const unit = readFileSync(unitFile, "utf8");
    for (const setting of [
      "User=we-are-ale",
      "ProtectSystem=strict",
      "ReadWritePaths=/var/lib/we-are-ale",
      "NoNewPrivileges=yes",
      "PrivateTmp=yes",
      "UMask=0077",
      "Restart=on-failure",
      "EnvironmentFile=/etc/we-are-ale/we-are-ale.env",
    ])
      expect(unit).toContain(`\n${setting}\n`);
  });

  it("redirects http to https and compresses", async () => {
    const plain = await fetch(`http://localhost:${httpPort}/en/endorse?x=1`, { redirect: "manual" });
    expect(plain.status).toBe(301);
    expect(plain.headers.get("location")).toBe("https://localhost/en/endorse?x=1");
    // Certificate renewals are answered over plain http.
    const challenge = await fetch(`http://localhost:${httpPort}/.well-known/acme-challenge/none`, {
      redirect: "manual",
    });
    expect(challenge.status).toBe(404);
    const page = await fetch(`${site}/en`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-encoding")).toBe("gzip");
  });

  it("sends HSTS over https", async () => {
    // Needs the run-time SITE_URL headers of branch issue-11-security.
    const hsts = (await fetch(`${site}/en`)).headers.get("strict-transport-security");
    expect(hsts ?? "no Strict-Transport-Security header").toMatch(/max-age=\d{7,}/);
  });

  it("caches anonymous public pages for seconds, and nothing personal", async () => {
    await fetch(`${site}/en/partners`);
    expect((await fetch(`${site}/en/partners`)).headers.get("x-cache-status")).toBe("HIT");
    const withCookie = await fetch(`${site}/en/partners`, { headers: { cookie: "a=b" } });
    expect(withCookie.headers.get("x-cache-status")).toBe("BYPASS");
    for (const form of ["/en/endorse", "/en/endorse/manage", "/admin/sign-in"]) {
      await fetch(`${site}${form}`);
      expect((await fetch(`${site}${form}`)).headers.get("x-cache-status"), form).not.toBe("HIT");
    }
    const post = () => fetch(`${site}/en/partners`, { method: "POST", body: "x", headers: { Origin: site } });
    await post();
    expect((await post()).headers.get("x-cache-status")).toBeNull(); // only GET and HEAD are cacheable
    // The unfiltered wall and its region views are the same for everyone; searches are not kept.
    for (const wall of ["/en/endorsers", "/en/endorsers?region=AFRICA"]) {
      const first = await fetch(`${site}${wall}`);
      expect(first.headers.get("cache-control"), wall).toBe(publicCacheControl);
      expect((await fetch(`${site}${wall}`)).headers.get("x-cache-status"), wall).toBe("HIT");
    }
    const search = `${site}/en/endorsers?q=learning`;
    expect((await fetch(search)).headers.get("cache-control")).toMatch(/no-store/);
    expect((await fetch(search)).headers.get("x-cache-status")).not.toBe("HIT");
    const missing = `${site}/en/news/no-such-item`;
    expect((await fetch(missing)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 2100)); // 1 s, counted in whole seconds
    expect((await fetch(missing)).headers.get("x-cache-status")).not.toBe("HIT");
  });

  it("sends a cached page without the headers only the instance needs (decision 053)", async () => {
    await fetch(`${site}/en/about`); // no other test asks for this page
    const page = await fetch(`${site}/en/about`);
    expect(page.headers.get("x-cache-status")).toBe("HIT");
    // The page's head lists the other languages; a Link header would repeat 500 bytes on every hit.
    expect(await page.text()).toMatch(/<link rel="alternate" hrefLang="fr" href="[^"]*\/fr\/about"/);
    const instanceOnly = ["link", "x-nextjs-cache"];
    expect(instanceOnly.filter((name) => page.headers.has(name))).toEqual([]);
  });

  it("keeps one copy of a page per encoding, whatever words a browser's Accept-Encoding uses (decision 053)", async () => {
    const read = (encoding: string, router: Record<string, string> = {}) =>
      fetch(`${site}/en/events`, { headers: { "accept-encoding": encoding, ...router } });
    await read("gzip, deflate, br, zstd"); // Chrome's and Firefox's words
    const safari = await read("gzip, deflate, br");
    expect([safari.headers.get("x-cache-status"), safari.headers.get("content-encoding")]).toEqual(["HIT", "gzip"]);
    // Next.js's client router asks the same address for the page's React payload, and a request
    // naming a server action gets React's scripts: neither comes from the cache nor goes into it.
    const routerRequests: Record<string, string>[] = [
      { rsc: "1" },
      { "next-router-prefetch": "1" },
      { "next-action": "x" },
    ];
    for (const router of routerRequests)
      expect((await read("gzip", router)).headers.get("x-cache-status"), Object.keys(router)[0]).toBe("BYPASS");
    const page = await read("gzip");
    expect([page.headers.get("x-cache-status"), page.headers.get("content-type")]).toEqual([
      "HIT",
      "text/html; charset=utf-8",
    ]);
    expect(await page.text()).not.toMatch(/<script[^>]* src=/); // the page everyone gets: no React
    // The cache applies none of the app's Vary, so every header it names must be one the site file
    // handles: the encoding in the key, the router's headers skipping the cache.
    const handled = [
      "rsc",
      "next-router-state-tree",
      "next-router-prefetch",
      "next-router-segment-prefetch",
      "accept-encoding",
    ];
    const addresses = [
      "/en",
      "/en/events",
      "/en/endorsers",
      "/en/endorsers/map.svg",
      "/api/endorsers/json",
      "/en/news/none",
    ];
    for (const address of addresses) {
      const vary = (await fetch(`${site}${address}`)).headers.get("vary") ?? "";
      const names = vary.split(",").map((name) => name.trim().toLowerCase());
      expect(
        names.filter((name) => name && !handled.includes(name)),
        address,
      ).toEqual([]);
    }
  });

  it("keeps the app's gzip per encoding, and each instance keeps finished public pages for a second", async () => {
    const read = async (encoding: string) => {
      const response = await fetch(`${site}/en/what-is-ale`, { headers: { "accept-encoding": encoding } });
      return {
        status: response.headers.get("x-cache-status"),
        encoding: response.headers.get("content-encoding"),
        text: await response.text(),
      };
    };
    await read("gzip");
    const gzip = await read("gzip");
    await read("identity");
    const plain = await read("identity");
    // Both come from nginx's cache, each as the app sent it: no compression per visitor.
    expect([gzip.status, gzip.encoding]).toEqual(["HIT", "gzip"]);
    expect([plain.status, plain.encoding]).toEqual(["HIT", null]);
    // The same page; two renders (one per instance) may stream React's inline payload in another order.
    const page = (html: string) => html.replace(/<script>[\s\S]*?<\/script>/g, "");
    expect(page(gzip.text)).toBe(page(plain.text));
    expect(page(gzip.text)).toContain("<h1");
    // Behind nginx, an instance answers a public page it rendered within the last second as stored;
    // a visitor with a cookie is never answered from there.
    const origin = `${apps[0].url}/en/what-is-ale`;
    await fetch(origin);
    expect((await fetch(origin)).headers.get("x-origin-cache")).toBe("HIT");
    expect((await fetch(origin, { headers: { cookie: "a=b" } })).headers.get("x-origin-cache")).toBeNull();
    // A reload naming the ETag it was sent is told "304 Not Modified" from there too (decision 046):
    // the second at once, whether the first found the page still kept or asked Next.js.
    const etag = (await fetch(origin)).headers.get("etag");
    const reload = () => fetch(origin, { headers: { "if-none-match": `${etag}` } });
    expect((await reload()).status).toBe(304);
    const second = await reload();
    expect([second.status, second.headers.get("x-origin-cache"), second.headers.get("etag")]).toEqual([
      304,
      "HIT",
      etag,
    ]);
    const personal = await fetch(origin, { headers: { "if-none-match": `${etag}`, cookie: "a=b" } });
    expect(personal.headers.get("x-origin-cache")).toBeNull();
  });

  it("serves build assets from disk for a year and refuses bodies over the form body limit (10 MB)", async () => {
    /** A form post of `bytes` to `address` on the site. */
    const post = (address: string, bytes: number) =>
      fetch(`${site}${address}`, {
        method: "POST",
        body: new Blob([new Uint8Array(bytes)]),
        headers: { Origin: site, "Content-Type": "application/octet-stream" },
      });
    // nginx asks for that page under the key of the address posted to: a cached page's, here.
    await fetch(`${site}/en/partners`);
    const bigOnAPage = await post("/en/partners", formBodyLimitBytes + 1);
    expect(bigOnAPage.status).toBe(413);
    expect(await bigOnAPage.text()).toContain("This form is too large to send");
    // The staff area keeps React's scripts (public pages have none: decisions 036 and 037).
    const html = await (await fetch(`${site}/admin/sign-in`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    if (!asset) throw new Error("no script on the sign-in page");
    const response = await fetch(`${site}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(response.headers.get("content-type")).toBe("application/javascript");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    // Not on disk: asked of both instances (an older release's file), then "not found".
    expect((await fetch(`${site}/_next/static/chunks/none.js`)).status).toBe(404);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join(".next", asset.slice(6))));
    // A form with an oversized logo gets through nginx, so the form itself can refuse the logo.
    const withBigLogo = await post("/en/endorse", 5 * 1024 * 1024);
    expect(withBigLogo.status).not.toBe(413);
    const big = await post("/en/endorse", formBodyLimitBytes + 1);
    expect(big.status).toBe(413);
    expect(big.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await big.text()).toContain("This form is too large to send");
    const bigInFrench = await post("/fr/endorse", formBodyLimitBytes + 1);
    expect(bigInFrench.status).toBe(413);
    expect(await bigInFrench.text()).toContain("Ce formulaire est trop volumineux pour être envoyé");
    // Each instance answered a "too large" page over a connection nginx keeps: each still answers
    // the next request on it at once, and none is taken out of the rotation.
    for (const address of ["/en/news/none-1", "/en/news/none-2", "/en/news/none-3", "/en/news/none-4"]) {
      const started = Date.now();
      expect((await fetch(`${site}${address}`)).status, address).toBe(404);
      expect(Date.now() - started, address).toBeLessThan(2000);
    }
  });

  it("has no demo staff account", async () => {
    await expect(signInCookie(site, "admin@example.org", "demo-admin-2026")).rejects.toThrow(/No session cookie/);
    const { rows } = await pool.query(`SELECT email FROM "StaffUser" WHERE email LIKE '%@example.org'`);
    expect(rows).toEqual([]);
  });

  it("takes an endorsement without JavaScript and emails an https confirmation link", async () => {
    const hidden = await formFields(site);
    await stampAge();
    const answer = await submit(site, hidden, endorser);
    expect(answer.status).toBe(303); // to the static "check your email" page (decision 032)
    expect(answer.sent).toBe(true);
    const link = linkIn(await mailTo(endorser.email, /confirm/i), "/endorse/confirm?token=");
    expect(link.startsWith(`${site}/en/endorse/confirm?token=`)).toBe(true);
    const confirmed = await postForm(link, await (await fetch(link)).text(), 'name="token"');
    expect(confirmed.status).toBe(303);
    const { rows } = await pool.query(`SELECT slug, status FROM "Endorsement" WHERE "contactEmailHash" = $1`, [
      emailHash(testKeyring, endorser.email),
    ]);
    expect(rows[0].status).toBe("AWAITING_REVIEW");
    slug = rows[0].slug;
  });

  it("lets a moderator approve it through the admin, and the wall shows it", async () => {
    const { cookie, setCookie } = await signInCookie(site, moderator.email, moderator.password);
    expect(setCookie).toMatch(/^__Secure-/);
    expect(setCookie).toMatch(/;\s*Secure/i);
    const { rows } = await pool.query(`SELECT id FROM "Endorsement" WHERE slug = $1`, [slug]);
    for (let read = 0; read < 2; read++) await fetch(`${site}/en/endorsers`);
    expect((await approveThroughAdmin(site, cookie, rows[0].id)).status).toBe(303);
    await mailTo(endorser.email, /is now on the #weareALE wall/);
    // The micro-cache and the other instance catch up within seconds: the cached wall within 10 s.
    // nginx holds the wall's cache file open (open_file_cache) from the two reads above: it must
    // read the file a refresh puts in its place, not the open one.
    await expect
      .poll(async () => (await fetch(`${site}/en/endorsers?q=Topology`)).text(), { timeout: 10_000, interval: 500 })
      .toContain(endorser.name);
    await expect
      .poll(async () => (await fetch(`${site}/en/endorsers`)).text(), { timeout: 10_000, interval: 500 })
      .toContain(endorser.name);
    expect((await fetch(`${site}/en/endorsers/${slug}`)).status).toBe(200);
  });

  it("emails a manage link that lands on the https site and opens the manage page", async () => {
    const page = `${site}/en/endorse/manage`;
    const asked = await postForm(page, await (await fetch(page)).text(), 'name="email"', { email: endorser.email });
    expect(asked.status).toBe(200);
    const link = linkIn(await mailTo(endorser.email, /manage/i), "/api/manage?token=");
    expect(link.startsWith(`${site}/api/manage?token=`)).toBe(true);
    const redeemed = await fetch(link, { redirect: "manual" });
    expect(redeemed.status).toBe(303);
    const cookie = redeemed.headers.getSetCookie().find((value) => value.startsWith("ale_manage="));
    expect(cookie).toMatch(/;\s*Secure/i);
    const manage = await fetch(page, { headers: { cookie: cookie?.split(";")[0] ?? "" } });
    expect(await manage.text()).toContain(`>${endorser.name}</h1>`);
    // Needs the SITE_URL-based redirect of branch issue-11-security.
    expect(redeemed.headers.get("location")).toMatch(new RegExp(`^${site}/en/endorse/manage(\\?|$)`));
  });

  it("keeps one rate limit per client whatever X-Forwarded-For it sends", async () => {
    await pool.query(`DELETE FROM "RateLimitBucket"`);
    // A fresh form (and stamp) for every submission, as separate visits would have.
    const forms = await Promise.all(Array.from({ length: 11 }, () => formFields(site)));
    await stampAge();
    const answers = [];
    for (const [i, hidden] of forms.entries()) {
      const person = { name: `Spoof Learners ${i}`, email: `hi@spoof${i}.example.org`, ip: `203.0.113.${i + 1}` };
      answers.push(await submit(site, hidden, person));
    }
    expect(answers.map((answer) => answer.sent)).toEqual([...Array(10).fill(true), false]);
    expect(answers[10].html).toContain("Too many endorsements were sent from here recently");
    await pool.query(`DELETE FROM "RateLimitBucket"`);
  });

  it("backs up, and restores into a wiped database the same endorsements, logos and staff", async () => {
    const snapshot = async () => ({
      endorsements: (await pool.query(`SELECT slug, name, status, "logoId" FROM "Endorsement" ORDER BY slug`)).rows,
      images: (await pool.query(`SELECT sha256, md5(bytes) AS md5 FROM "Image" ORDER BY sha256`)).rows,
      staff: (await pool.query(`SELECT email, role, "passwordHash" FROM "StaffUser" ORDER BY email`)).rows,
    });
    const before = await snapshot();
    const { rows } = await pool.query(
      `SELECT i.sha256 FROM "Endorsement" e JOIN "Image" i ON i.id = e."logoId" WHERE e.slug = $1`,
      [slug],
    );
    const logoUrl = `/media/${rows[0].sha256}`;
    const logo = Buffer.from(await (await fetch(`${site}${logoUrl}`)).arrayBuffer());
    expect(logo.length).toBeGreaterThan(100);

    const dir = path.resolve(".tmp/topology-backups");
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const file = backup(databaseUrl, dir);
    expect(file).toMatch(/we-are-ale-\d{8}T\d{6}Z\.dump$/);

    // As docs/DEPLOY.md says: stop the instances, replace the database, start them again.
    await stopApps();
    await pool.end();
    await freshDatabase("ale_resilience_topology");
    pool = database(databaseUrl);
    expect((await pool.query(`SELECT count(*) FROM pg_tables WHERE schemaname = 'public'`)).rows[0].count).toBe("0");
    restore(databaseUrl, file);
    expect(await snapshot()).toEqual(before);
    apps = await startApps();

    expect(Buffer.from(await (await fetch(`${apps[1].url}${logoUrl}`)).arrayBuffer())).toEqual(logo);
    expect(await (await fetch(`${site}/en/endorsers/${slug}`)).text()).toContain(endorser.name);
    await signInCookie(site, moderator.email, moderator.password);
  });
});
