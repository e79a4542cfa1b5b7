// scripts/backup.sh and scripts/restore.sh for the embedded database (the PostgreSQL path runs in
// tests/resilience/topology.test.ts): a stand-in data directory, since only files are involved.
import { spawn, spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const scripts = import.meta.dirname;
let dir: string;
let data: string;

function run(script: string, args: string[]) {
  const env = { ...process.env, DATA_DIR: data, DATABASE_URL: "" };
  return spawnSync(path.join(scripts, script), args, { env, encoding: "utf8" });
}

describe("backup and restore of the embedded database", () => {
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "ale-backup-"));
    data = path.join(dir, "data");
    mkdirSync(path.join(data, "pglite/base"), { recursive: true });
    mkdirSync(path.join(data, "outbox"));
    writeFileSync(path.join(data, "pglite/base/1"), "rows");
    writeFileSync(path.join(data, "auth-secret"), "secret");
    writeFileSync(path.join(data, "outbox/mail.eml"), "a live link");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("archives the database and secret, not the outbox, and restores them beside the old copy", () => {
    const backup = run("backup.sh", [path.join(dir, "backups")]);
    expect(backup.status, backup.stderr).toBe(0);
    const file = backup.stdout.trim();
    expect(file).toMatch(/we-are-ale-\d{8}T\d{6}Z\.tar\.gz$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    writeFileSync(path.join(data, "pglite/base/1"), "changed after the backup");
    writeFileSync(path.join(data, "auth-secret"), "changed too");
    const restored = run("restore.sh", [file]);
    expect(restored.status, restored.stderr).toBe(0);
    expect(readFileSync(path.join(data, "pglite/base/1"), "utf8")).toBe("rows");
    expect(readFileSync(path.join(data, "auth-secret"), "utf8")).toBe("secret");
    expect(statSync(path.join(data, "pglite")).mode & 0o077).toBe(0);
    const aside = readdirSync(data).find((name) => name.startsWith("pglite.before-restore-"));
    expect(aside && readFileSync(path.join(data, aside, "base/1"), "utf8")).toBe("changed after the backup");
    expect(file && spawnSync("tar", ["-tzf", file], { encoding: "utf8" }).stdout).not.toContain("outbox");
  });

  it("refuses while the site holds the database", async () => {
    const site = spawn("sleep", ["30"]);
    try {
      writeFileSync(path.join(data, "pglite.pid"), String(site.pid));
      const backup = run("backup.sh", [path.join(dir, "backups")]);
      expect(backup.status).toBe(1);
      expect(backup.stderr).toContain("stop it");
      expect(existsSync(path.join(dir, "backups")) && readdirSync(path.join(dir, "backups"))).toEqual([]);
    } finally {
      site.kill();
    }
  });

  it("restores a PostgreSQL dump only into DATABASE_URL", () => {
    const dump = path.join(dir, "we-are-ale-x.dump");
    writeFileSync(dump, "");
    const restored = run("restore.sh", [dump]);
    expect(restored.status).toBe(1);
    expect(restored.stderr).toContain("DATABASE_URL");
  });
});
