import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { keyringFrom } from "./data-key.server";
import { open, seal } from "./sealed";

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ale-key-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the data key", () => {
  it("is generated once into the data folder (0600) for the embedded database, and read back after", () => {
    const dir = tempDir();
    const first = keyringFrom({ DATA_DIR: dir });
    const file = path.join(dir, "data-key");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, "utf8")).toMatch(/^k[0-9a-f]{6}:[A-Za-z0-9_-]{43}$/);
    const again = keyringFrom({ DATA_DIR: dir });
    expect(again.current.id).toBe(first.current.id);
    expect(open(again, seal(first, "amina@example.org"))).toBe("amina@example.org");
  });

  it("is refused, naming DATA_KEY, when the database is external and no key is set", () => {
    const dir = tempDir();
    expect(() => keyringFrom({ DATA_DIR: dir, DATABASE_URL: "postgresql://x@db/ale" })).toThrow(
      /^DATA_KEY is not set\. With DATABASE_URL/,
    );
    expect(() => statSync(path.join(dir, "data-key"))).toThrow(); // nothing invented
  });

  it("comes from DATA_KEY and DATA_OLD_KEYS when set, and a malformed one is named", () => {
    const ring = keyringFrom({
      DATA_DIR: tempDir(),
      DATABASE_URL: "postgresql://x@db/ale",
      DATA_KEY: `new:${"1a".repeat(32)}`,
      DATA_OLD_KEYS: `old:${"2b".repeat(32)}`,
    });
    expect([...ring.keys.keys()]).toEqual(["new", "old"]);
    expect(() => keyringFrom({ DATA_DIR: tempDir(), DATA_KEY: "CHANGE-ME" })).toThrow(/^DATA_KEY must be/);
  });
});
