// `npm test`: the whole suite, in the order that fails fastest. Stops at the first failing step.
//   lint · drift check · unit · integration (PGlite, and PostgreSQL when TEST_DATABASE_URL is set)
//   · production build · type check · end-to-end in Chromium (embedded database, and PostgreSQL)
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureChromium } from "../tests/support/browser";
import { portInUse, stopLeftoverE2eServers } from "./support/e2e-servers";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const testDatabaseUrl = process.env.TEST_DATABASE_URL;
const results: { step: string; seconds: number }[] = [];

/**
 * Runs one step in its own process group. A step that outlives its limit (a test that never ends)
 * is killed with everything it started, and the run fails at once, naming it, instead of running
 * into CI's own limit with no clue which step hung. A Vitest step gets one more go after a time-out
 * (`again`), said loudly: Vitest's pool can wait forever for a worker that never starts (seen once,
 * decision 044); a test that hangs every time still fails the run.
 */
async function step(
  name: string,
  minutes: number,
  command: string,
  args: string[],
  env: Record<string, string> = {},
  again = command === bin("vitest"),
): Promise<void> {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const child = spawn(command, args, {
    cwd: root,
    stdio: "inherit",
    detached: true,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  running = child;
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    killGroup(child);
  }, minutes * 60_000);
  const [code, signal] = (await once(child, "exit")) as [number | null, NodeJS.Signals | null];
  clearTimeout(limit);
  running = undefined;
  killGroup(child); // what the step left running (a test's server) goes with it
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  if (timedOut) {
    console.error(`\n✗ ${name} did not finish within ${minutes} minutes: stopped (the lines above say where).`);
    if (again) {
      console.error(`  ${name}: once more, from the start.`);
      return step(`${name} (second go)`, minutes, command, args, env, false);
    }
    process.exit(1);
  }
  if (code !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds}s (exit ${code ?? signal}).`);
    process.exit(1);
  }
  results.push({ step: name, seconds });
}

let running: ChildProcess | undefined;
function killGroup(child: ChildProcess) {
  try {
    if (child.pid) process.kill(-child.pid, "SIGKILL");
  } catch {
    // the group has already gone
  }
}
// A step runs in its own group, so ^C reaches only this script: it takes the step down with it.
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => {
    if (running) killGroup(running);
    process.exit(130);
  });

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
await step("Lint and format (Biome)", 5, bin("biome"), ["check", "."]);
await step("Migration drift check", 5, bin("tsx"), ["--conditions=react-server", "scripts/db.ts", "check"]);
await step("Unit tests", 10, bin("vitest"), ["run", "--project", "unit"]);
await step("Integration tests on PGlite", 10, bin("vitest"), ["run", "--project", "integration"], {
  TEST_DB: "pglite",
});
if (testDatabaseUrl) {
  await step("Integration tests on PostgreSQL", 10, bin("vitest"), ["run", "--project", "integration"], {
    TEST_DB: "postgres",
  });
} else {
  console.log(
    "\n(PostgreSQL integration and end-to-end runs skipped: set TEST_DATABASE_URL to a role that may CREATE DATABASE.)",
  );
}
await step("Production build", 20, bin("next"), ["build"]);
await step("Type check", 10, bin("tsc"), ["--noEmit"]);

// Playwright's web servers live in process groups of their own: whatever way this run ends, none
// of them is left holding a port.
process.on("exit", () => stopLeftoverE2eServers(root));
if (stopLeftoverE2eServers(root) > 0) console.log("\nStopped end-to-end servers that an earlier run left running.");
const e2ePort = Number(process.env.E2E_PORT ?? 3100); // as playwright.config.ts
for (const port of testDatabaseUrl ? [e2ePort, e2ePort + 1] : [e2ePort]) {
  if (!(await portInUse(port))) continue;
  console.error(
    `\n✗ Port ${port}, where the end-to-end tests start the site, is taken: stop what holds it, or set E2E_PORT.`,
  );
  process.exit(1);
}
rmSync(path.join(root, ".tmp"), { recursive: true, force: true });
const e2eEnv: Record<string, string> = testDatabaseUrl ? { E2E_DATABASE_URL: await freshDatabase("ale_e2e") } : {};
await step("End-to-end tests in Chromium", 40, bin("playwright"), ["test"], e2eEnv);

// Load and fault tests need a PostgreSQL server (and nginx for the two-instance and topology tests;
// the topology test also runs openssl, pg_dump and pg_restore).
if (testDatabaseUrl) {
  await step("Resilience tests (PostgreSQL, nginx)", 15, bin("vitest"), ["run", "--project", "resilience"]);
} else {
  console.log("\n(Resilience tests skipped: set TEST_DATABASE_URL to a PostgreSQL role that may create databases.)");
}

console.log("\n━━ Summary ━━");
for (const { step: name, seconds } of results) console.log(`✓ ${name.padEnd(36)} ${seconds}s`);
