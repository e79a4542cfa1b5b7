import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type App,
  databaseRelay,
  formFields,
  freshDatabase,
  setUpDatabase,
  stampAge,
  startApp,
  submit,
} from "./support";

describe("the database becomes unreachable", () => {
  let app: App;
  let relay: Awaited<ReturnType<typeof databaseRelay>>;
  beforeAll(async () => {
    const url = await freshDatabase("ale_resilience_outage");
    setUpDatabase(url);
    relay = await databaseRelay(url, 3739);
    app = await startApp({ port: 3730, databaseUrl: relay.url, name: "outage" });
  });
  afterAll(async () => {
    await app?.stop();
    await relay?.close();
  });

  it("answers a translated 503 page, keeps what the person typed, and recovers by itself", async () => {
    expect((await fetch(`${app.url}/fr/partners`)).status).toBe(200);
    const hidden = await formFields(app.url);
    await stampAge();

    await relay.cut();
    // Pages: a calm, translated "temporarily unavailable" with status 503 (never a 500). The page
    // fetched above may still come from the instance's one-second cache for a few seconds (sent
    // stale while a fresh copy is being worked out, decision 033), so the 503 itself is read.
    let french = new Response();
    const frenchStatus = async () => {
      french = await fetch(`${app.url}/fr/partners`);
      return french.status;
    };
    await expect.poll(frenchStatus, { timeout: 15_000 }).toBe(503);
    expect(french.headers.get("retry-after")).toBe("30");
    expect(await french.text()).toContain("Le site est momentanément indisponible");
    const arabic = await (await fetch(`${app.url}/ar`)).text();
    expect(arabic).toContain('dir="rtl"');
    expect(arabic).toContain("الموقع غير متاح مؤقتاً");
    expect((await fetch(`${app.url}/api/endorsers/json`)).status).toBe(503);
    // A search of the wall, answered without Next.js's router (decision 041): the same page.
    const search = await fetch(`${app.url}/fr/endorsers?q=apprentissage`);
    expect(search.status).toBe(503);
    expect(await search.text()).toContain("Le site est momentanément indisponible");

    // The form: the submission comes back with everything typed and a clear message.
    const person = { name: "Outage Learning Circle", email: "hello@outage.example.org", ip: "10.4.0.1" };
    const answer = await submit(app.url, hidden, person);
    expect(answer.status).toBeLessThan(500);
    expect(answer.sent).toBe(false);
    expect(answer.html).toContain("The site is temporarily unavailable, so your endorsement could not be saved yet");
    expect(answer.html).toContain('value="Outage Learning Circle"');
    expect(answer.html).toContain('value="hello@outage.example.org"');

    // An emailed link's button: nothing changed, and the link's page asks to press again (never a 500).
    const press = await fetch(`${app.url}/api/confirm`, {
      method: "POST",
      headers: { Origin: app.url },
      body: new URLSearchParams({ token: "A".repeat(43), locale: "fr" }),
      redirect: "manual",
    });
    expect(press.status).toBe(303);
    expect(new URL(press.headers.get("location") ?? "").search).toBe(`?token=${"A".repeat(43)}&retry=1`);

    // The database returns: the site recovers without a restart, and the same form goes through.
    await relay.restore();
    await expect.poll(async () => (await fetch(`${app.url}/fr/partners`)).status, { timeout: 15_000 }).toBe(200);
    const retry = await submit(app.url, hidden, person);
    expect(retry.sent).toBe(true);
    expect(app.log.join("")).not.toMatch(/⨯ .*5\d\d|Internal Server Error/);
  }, 120_000);
});
