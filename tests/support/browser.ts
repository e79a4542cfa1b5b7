// Finds a Chromium for Playwright: CHROMIUM_PATH, a system Chromium (Debian's `chromium`), or
// Playwright's own download. `ensureChromium` installs one when none is found.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const systemCandidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/** Flags that keep Chromium from calling home on machines with a closed network. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist.`);
    return configured;
  }
  const system = systemCandidates.find((candidate) => existsSync(candidate));
  if (system) return system;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}

function attempt(command: string, args: string[]): boolean {
  console.log(`  $ ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit" }).status === 0;
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  console.log("No Chromium found for the browser tests; installing one…");
  const isRoot = process.getuid?.() === 0;
  if (existsSync("/usr/bin/apt-get")) {
    // Debian's Chromium; as root directly, otherwise through sudo if it needs no password.
    const aptGet = (args: string[]) =>
      isRoot ? attempt("apt-get", args) : attempt("sudo", ["-n", "apt-get", ...args]);
    if (aptGet(["update", "-qq"])) aptGet(["install", "-y", "-qq", "chromium"]);
  }
  if (!findChromium()) attempt("npx", ["playwright", "install", "chromium"]);
  const installed = findChromium();
  if (!installed) {
    throw new Error(
      "Could not find or install Chromium for the end-to-end tests. Install it with `apt-get install chromium` " +
        "(Debian/Ubuntu) or `npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
  }
  return installed;
}
