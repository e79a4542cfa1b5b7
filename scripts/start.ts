// `npm start`: build when the sources changed, migrate and seed, then serve the production build.
// Database setup runs in its own process first because the embedded database may be opened by
// one process at a time; the web server then owns it.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { serverEnv } from "./support/server-env";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: { port: { type: "string" }, "skip-build": { type: "boolean" }, "skip-setup": { type: "boolean" } },
});
const port = values.port ?? process.env.PORT ?? "3000";
// Files the site writes (embedded database, outbox, secret) are for the service user alone.
process.umask(0o077);
const env = serverEnv(port);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

const sourceEntries = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "proxy.ts",
  "next.config.ts",
  "package-lock.json",
];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry.endsWith(path.join("lib", "generated"))) return 0;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIsStale(): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return sourceEntries.some((entry) => newestMtime(path.join(root, entry)) > builtAt);
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${path.basename(command)} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

if (!values["skip-build"] && buildIsStale()) {
  console.log("▶ Building the site (next build)…");
  run(bin("next"), ["build"]);
}
if (!values["skip-setup"]) {
  console.log("▶ Preparing the database…");
  run(bin("tsx"), ["--conditions=react-server", "scripts/db.ts", "setup"]);
}

console.log(`▶ Starting We are ALE on http://localhost:${port}`);
// The heap bound of deploy/systemd/we-are-ale@.service (decision 034).
const server = spawn(process.execPath, ["--max-old-space-size=256", "scripts/server.mjs", "--port", port], {
  cwd: root,
  stdio: "inherit",
  env,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
