import "server-only";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is single-connection: two processes opening one folder would corrupt it. Claim the
 * folder with a pid file and refuse, with a message that says what to do, if another live
 * process holds it. Returns the function that releases the claim.
 */
export function claimDataDir(dir: string): () => void {
  const lockFile = path.join(dir, "..", `${path.basename(dir)}.pid`);
  if (existsSync(lockFile)) {
    const holder = Number(readFileSync(lockFile, "utf8"));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new Error(
        `The embedded database at ${dir} is already open in process ${holder} (is the site running?). ` +
          "Stop that process first, or set DATABASE_URL to use a PostgreSQL server.",
      );
    }
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => {
    if (existsSync(lockFile) && readFileSync(lockFile, "utf8") === String(process.pid)) rmSync(lockFile);
  };
  process.once("exit", release);
  return release;
}
