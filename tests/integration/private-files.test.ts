// What the site writes to disk is for the service user alone (issue 11: the PGlite WAL holds
// password hashes and contact data, the outbox holds live links).
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { connect } from "@/lib/db/client.server";
import { isDemoMode, parseEnv } from "@/lib/env.server";

const dataDir = mkdtempSync(path.join(tmpdir(), "ale-private-"));
const mode = (file: string) => statSync(file).mode & 0o777;

function modesUnder(dir: string) {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).map((entry) => ({
    file: path.join(entry.parentPath, entry.name),
    mode: mode(path.join(entry.parentPath, entry.name)),
    dir: entry.isDirectory(),
  }));
}

describe("files and logs", () => {
  beforeAll(() => {
    process.env.DATA_DIR = dataDir;
    process.env.DATABASE_URL = "postgresql://ale:ale@127.0.0.1:1/not-used";
    delete process.env.SMTP_URL;
    delete process.env.SEED_DEMO;
  });
  afterAll(() => {
    delete process.env.DATA_DIR;
    delete process.env.DATABASE_URL;
  });

  it("knows demo mode: the embedded database unless SEED_DEMO=0, or SEED_DEMO=1", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ SEED_DEMO: "0" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://x" })).toBe(false);
    expect(isDemoMode({ DATABASE_URL: "postgresql://x", SEED_DEMO: "1" })).toBe(true);
    expect(() => parseEnv({ TRUST_PROXY: "nginx" })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({}).TRUST_PROXY).toBe(0);
  });

  it("writes the outbox privately and keeps live links out of the log outside demo mode", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { sendEmail } = await import("@/lib/email/mailer.server");
    await sendEmail({
      to: "amina@example.org",
      subject: "Manage your endorsement",
      text: "Open https://we-are-ale.test/api/manage?token=secret-token-value to manage it.",
      html: "<p>…</p>",
      locale: "en",
    });
    const printed = log.mock.calls.flat().join("\n");
    log.mockRestore();
    expect(printed).not.toContain("secret-token-value");
    expect(printed).not.toContain("amina@example.org");
    expect(mode(dataDir)).toBe(0o700);
    const outbox = path.join(dataDir, "outbox");
    expect(mode(outbox)).toBe(0o700);
    for (const entry of modesUnder(outbox)) expect(entry.mode, entry.file).toBe(0o600);
  });

  it("puts each message in the outbox whole: a reader never finds one half written", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
    const { sendEmail } = await import("@/lib/email/mailer.server");
    const outbox = path.join(dataDir, "outbox");
    const big = "x".repeat(256 * 1024);
    let writing = true;
    const sent = Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        sendEmail({ to: `reader${i}@example.org`, subject: `Whole ${i}`, text: big, html: big, locale: "en" }),
      ),
    ).finally(() => {
      writing = false;
    });
    // Reads the outbox as a test or a mail viewer does, while the writes run on libuv's threads.
    const broken: string[] = [];
    let reads = 0;
    while (writing) {
      for (const name of readdirSync(outbox).filter((file) => file.endsWith(".json"))) {
        reads += 1;
        try {
          JSON.parse(readFileSync(path.join(outbox, name), "utf8"));
        } catch {
          broken.push(name);
        }
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await sent;
    log.mockRestore();
    expect(reads).toBeGreaterThan(0);
    expect(broken).toEqual([]);
    const subjects = readdirSync(outbox)
      .filter((file) => file.endsWith(".json"))
      .map((file) => (JSON.parse(readFileSync(path.join(outbox, file), "utf8")) as { subject: string }).subject);
    expect(subjects.filter((subject) => subject.startsWith("Whole "))).toHaveLength(60);
    expect(readdirSync(outbox).filter((file) => file.endsWith(".part"))).toEqual([]);
  });

  it("makes the embedded database's files private once it opens", async () => {
    const dir = path.join(dataDir, "pglite");
    const connection = connect({ pgliteDir: dir });
    try {
      await connection.prisma.$queryRaw`SELECT 1`;
      await new Promise((resolve) => setTimeout(resolve, 100));
      const entries = modesUnder(dir);
      expect(entries.length).toBeGreaterThan(100);
      expect(mode(dir)).toBe(0o700);
      const open = entries.filter((entry) => entry.mode & 0o077);
      expect(open.map((entry) => `${entry.file} ${entry.mode.toString(8)}`)).toEqual([]);
    } finally {
      await connection.close();
    }
  });
});
