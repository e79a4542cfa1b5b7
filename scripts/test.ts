// `npm test`: the whole suite, in the order that fails fastest. Stops at the first failing step.
//   lint · drift check · unit · integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is set)
//   · production build · type check · end-to-end in Chromium (embedded database, and PostgreSQL)
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureChromium } from "../tests/support/browser";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const results: { step: string; seconds: number }[] = [];

function step(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
  results.push({ step: name, seconds });
}

async function freshDatabase(name: string): Promise<string> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(testDatabaseUrl as string);
  url.pathname = `/${name}`;
  return url.toString();
}

console.log(`Chromium: ${ensureChromium()}`);
step("Lint and format (Biome)", bin("biome"), ["check", "."]);
step("Migration drift check", bin("tsx"), ["--conditions=react-server", "scripts/db.ts", "check"]);
step("Unit tests", bin("vitest"), ["run", "--project", "unit"]);
step("Integration tests on PGlite", bin("vitest"), ["run", "--project", "integration"], { TEST_DB: "pglite" });
if (testDatabaseUrl) {
  step("Integration tests on PostgreSQL", bin("vitest"), ["run", "--project", "integration"], { TEST_DB: "postgres" });
} else {
  console.log(
    "\n(PostgreSQL integration and end-to-end runs skipped: set TEST_DATABASE_URL to a role that may CREATE DATABASE.)",
  );
}
step("Production build", bin("next"), ["build"]);
step("Type check", bin("tsc"), ["--noEmit"]);

rmSync(path.join(root, ".tmp"), { recursive: true, force: true });
const e2eEnv: Record<string, string> = testDatabaseUrl ? { E2E_DATABASE_URL: await freshDatabase("ale_e2e") } : {};
step("End-to-end tests in Chromium", bin("playwright"), ["test"], e2eEnv);

// Load and fault tests need a PostgreSQL server (and nginx for the two-instance and topology tests;
// the topology test also runs openssl, pg_dump and pg_restore).
if (testDatabaseUrl) {
  step("Resilience tests (PostgreSQL, nginx)", bin("vitest"), ["run", "--project", "resilience"]);
} else {
  console.log("\n(Resilience tests skipped: set TEST_DATABASE_URL to a PostgreSQL role that may create databases.)");
}

console.log("\n━━ Summary ━━");
for (const { step: name, seconds } of results) console.log(`✓ ${name.padEnd(36)} ${seconds}s`);
