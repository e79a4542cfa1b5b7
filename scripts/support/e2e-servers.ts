// The end-to-end step's web servers, which Playwright starts in process groups of their own: when
// the step is stopped at its limit they outlive it and keep their ports, and the next run's
// Playwright waits for good on a server that never answers (seen once, #13). Linux only (/proc).
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import net from "node:net";

/** The two end-to-end servers' data folders (playwright.config.ts). */
const isE2eDataDir = (dir: string) => /^\.tmp\/e2e-data(-pg)?$/.test(dir);

/** The processes Playwright started for this checkout's end-to-end run (by their folder and DATA_DIR). */
function e2eServers(root: string, isDataDir: (dir: string) => boolean): number[] {
  const found: number[] = [];
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return found;
  }
  for (const pid of pids) {
    try {
      if (Number(pid) === process.pid || readlinkSync(`/proc/${pid}/cwd`) !== root) continue;
      const environment = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (environment.some((entry) => entry.startsWith("DATA_DIR=") && isDataDir(entry.slice(9))))
        found.push(Number(pid));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

/** Stops what an earlier end-to-end run of this checkout left running. */
export function stopLeftoverE2eServers(root: string, isDataDir = isE2eDataDir): number {
  const pids = e2eServers(root, isDataDir);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  return pids.length;
}

/** Whether something accepts connections on the port (another checkout's server, say). */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    const answer = (inUse: boolean) => {
      socket.destroy();
      resolve(inUse);
    };
    // A listener too busy to accept within a second still holds the port.
    socket.setTimeout(1000, () => answer(true));
    socket.once("connect", () => answer(true));
    socket.once("error", () => answer(false));
  });
}
