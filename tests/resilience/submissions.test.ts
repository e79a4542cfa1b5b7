import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { open } from "@/lib/crypto/sealed";
import {
  type App,
  database,
  formFields,
  freshDatabase,
  setUpDatabase,
  stampAge,
  startApp,
  submit,
  testKeyring,
} from "./support";

// Load and crash tests against the production build on PostgreSQL, through real HTTP, the way a
// browser without JavaScript posts the endorsement form.

describe("a burst of 1,000 submissions, a tenth of them duplicates", () => {
  let app: App;
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase("ale_resilience_burst");
    setUpDatabase(url);
    app = await startApp({ port: 3710, databaseUrl: url, name: "burst" });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("stores exactly the unique ones and answers every request calmly", async () => {
    const hidden = await formFields(app.url);
    await stampAge();
    const unique = Array.from({ length: 900 }, (_, i) => ({
      name: `Burst Learning Network ${i}`,
      email: `contact@burst${i}.example.org`,
      ip: `10.1.${i >> 8}.${i & 255}`,
    }));
    // A tenth are the same organisations sending again (same address), at the same moment.
    const duplicates = Array.from({ length: 100 }, (_, i) => ({ ...unique[i * 9], ip: `10.2.0.${i}` }));
    const everyone = [...unique, ...duplicates].sort(() => Math.random() - 0.5);
    const send = (person: (typeof everyone)[number]) =>
      submit(app.url, hidden, person).catch((error) => ({ status: 0, sent: false, busy: false, html: String(error) }));
    const answers = await Promise.all(everyone.map(send));

    // Every request is answered calmly: sent, or the polite "busy, send it again" (the static page the
    // form's busy door leads to, or the 503 of the server's door for posts): never an error.
    const kinds = (list: Awaited<ReturnType<typeof send>>[]) =>
      list.map((answer) =>
        answer.sent ? "sent" : answer.busy ? "busy" : `${answer.status}: ${answer.html.slice(0, 200)}`,
      );
    expect(kinds(answers).filter((kind) => kind !== "sent" && kind !== "busy")).toEqual([]);
    expect(answers.filter((answer) => answer.sent).length).toBeGreaterThan(0);
    // People asked to send again do so, a few seconds later (the 503 says Retry-After: 5), until it is stored.
    let waiting = everyone.filter((_, index) => !answers[index].sent);
    const askedAgain = waiting.length;
    for (let round = 0; waiting.length > 0 && round < 20; round++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const again = await Promise.all(waiting.map(send));
      expect(kinds(again).filter((kind) => kind !== "sent" && kind !== "busy")).toEqual([]);
      waiting = waiting.filter((_, index) => !again[index].sent);
    }
    expect(waiting).toEqual([]);
    console.log(`${askedAgain} of 1,000 were asked to send again, and were stored when they did.`);

    const pool = database(url);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n, count(DISTINCT "contactEmailHash")::int AS emails FROM "Endorsement"`,
    );
    expect(rows[0]).toEqual({ n: 900, emails: 900 });
    await pool.end();
  }, 300_000);
});

describe("the server is killed with SIGKILL in the middle of a stream of submissions", () => {
  let app: App | undefined;
  let url: string;
  beforeAll(async () => {
    url = await freshDatabase("ale_resilience_kill");
    setUpDatabase(url);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it("keeps every submission that was answered, and nothing half-written", async () => {
    app = await startApp({ port: 3720, databaseUrl: url, name: "kill" });
    const hidden = await formFields(app.url);
    await stampAge();
    const answered: string[] = []; // a 303 to "check your email" came back
    const cutOff: string[] = []; // sent before the kill, the connection died with the server
    const unexpected: string[] = []; // any other answer, or a failure while the server was up
    let attempted = 0;
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const i = next++;
        const person = {
          name: `Stream Learners ${i}`,
          email: `desk@stream${i}.example.org`,
          ip: `10.3.${i >> 8}.${i & 255}`,
        };
        attempted++;
        try {
          const answer = await submit(app?.url as string, hidden, person);
          if (answer.sent) answered.push(person.email);
          else unexpected.push(`${person.email}: ${answer.status} ${answer.sent ? "sent" : "not sent"}`);
        } catch (error) {
          if (killed) cutOff.push(person.email);
          else unexpected.push(`${person.email}: ${String(error)}`);
        }
      }
    };
    const workerCount = 8;
    const workers = Array.from({ length: workerCount }, worker);
    const deadline = Date.now() + 120_000;
    while (answered.length < 30 && unexpected.length === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    killed = true;
    app.process.kill("SIGKILL");
    await Promise.all(workers);
    // Every request was answered "sent" until the kill; only the ones in flight at that moment went unanswered.
    expect(unexpected).toEqual([]);
    expect(answered.length).toBeGreaterThanOrEqual(30);
    expect(cutOff.length).toBeLessThanOrEqual(workerCount);
    expect(answered.length + cutOff.length).toBe(attempted);

    // Started again on the same database: every answered submission is there, complete.
    app = await startApp({ port: 3720, databaseUrl: url, name: "kill-restart" });
    const pool = database(url);
    const { rows } = await pool.query<{
      contactEmail: string;
      commitments: number;
      changes: number;
      tokens: number;
      mails: number;
    }>(`
      SELECT e."contactEmailSealed" AS "contactEmail",
        (SELECT count(*)::int FROM "Commitment" c WHERE c."endorsementId" = e.id) AS commitments,
        (SELECT count(*)::int FROM "EndorsementStatusChange" s WHERE s."endorsementId" = e.id) AS changes,
        (SELECT count(*)::int FROM "EmailToken" t WHERE t."endorsementId" = e.id) AS tokens,
        (SELECT count(*)::int FROM "OutboundEmail" o WHERE o."toHash" = e."contactEmailHash") AS mails
      FROM "Endorsement" e`);
    for (const row of rows) row.contactEmail = open(testKeyring, row.contactEmail);
    const stored = new Set(rows.map((row) => row.contactEmail));
    // Every answered submission is there; besides them, at most the ones cut off mid-way (committed
    // just before the kill, or not at all), and nothing else.
    for (const email of answered) expect(stored.has(email), email).toBe(true);
    const unanswered = [...stored].filter((email) => !answered.includes(email));
    for (const email of unanswered) expect(cutOff, email).toContain(email);
    expect(rows).toHaveLength(answered.length + unanswered.length);
    for (const row of rows) {
      // All or nothing: each endorsement with its commitment, history, token and confirmation email.
      expect(row, row.contactEmail).toEqual({
        contactEmail: row.contactEmail,
        commitments: 1,
        changes: 1,
        tokens: 1,
        mails: 1,
      });
    }
    // The restarted server sends what the killed one had queued (a message the killed server had
    // claimed is taken over when its 60-second claim runs out).
    await expect
      .poll(
        async () =>
          (await pool.query(`SELECT count(*)::int AS n FROM "OutboundEmail" WHERE status <> 'SENT'`)).rows[0].n,
        {
          timeout: 100_000,
          interval: 1000,
        },
      )
      .toBe(0);
    await pool.end();
  }, 300_000);
});
