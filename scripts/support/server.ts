// Starts the production build on a private port with its own embedded database (or uses
// --url), for the measurement scripts. Build first: `npm run build`.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export async function startSite(options: { url?: string; port?: number; name: string }) {
  if (options.url) return { url: options.url.replace(/\/$/, ""), stop: async () => {} };
  if (!existsSync(path.join(root, ".next", "BUILD_ID")))
    throw new Error("No production build: run `npm run build` first.");
  const port = options.port ?? 3200;
  const dataDir = path.join(root, ".tmp", options.name);
  rmSync(dataDir, { recursive: true, force: true });
  const url = `http://localhost:${port}`;
  const child: ChildProcess = spawn(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/start.ts", "--skip-build", "--port", String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        SITE_URL: url,
        DATA_DIR: dataDir,
        DATABASE_URL: process.env.DATABASE_URL ?? "",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
    },
  );
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(`${url}/en`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`The site exited with code ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    stop: async () => {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    },
  };
}
