import { spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { portInUse, stopLeftoverE2eServers } from "./e2e-servers";

const root = path.resolve(import.meta.dirname, "../..");

describe("the end-to-end step's leftover servers", () => {
  it("finds a server of this checkout by its data folder, in a process group of its own, and stops it", async () => {
    const dataDir = `.tmp/e2e-data-unit-${process.pid}`;
    // As Playwright starts a web server: detached, in this folder, with its DATA_DIR.
    const server = spawn(
      process.execPath,
      [
        "-e",
        "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => console.log(s.address().port))",
      ],
      { cwd: root, detached: true, env: { ...process.env, DATA_DIR: dataDir }, stdio: ["ignore", "pipe", "inherit"] },
    );
    const [line] = (await once(server.stdout, "data")) as [Buffer];
    const port = Number(line.toString().trim());
    expect(await portInUse(port)).toBe(true);

    expect(stopLeftoverE2eServers(root, (dir) => dir === `${dataDir}-other`)).toBe(0);
    expect(stopLeftoverE2eServers(root, (dir) => dir === dataDir)).toBe(1);
    const [, signal] = await once(server, "exit");
    expect(signal).toBe("SIGKILL");
    expect(await portInUse(port)).toBe(false);
  });
});
