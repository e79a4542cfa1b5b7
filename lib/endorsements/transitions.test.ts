import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type Command, can, commands, type Status, target, transitions } from "./transitions";

const statuses: Status[] = ["AWAITING_CONFIRMATION", "AWAITING_REVIEW", "APPROVED", "REJECTED", "WITHDRAWN", "LAPSED"];

describe("the endorsement transition table", () => {
  it("says where each command leads and who may run it", () => {
    expect(target("AWAITING_CONFIRMATION", "confirm")).toBe("AWAITING_REVIEW");
    expect(target("APPROVED", "update")).toBe("AWAITING_REVIEW");
    expect(target("REJECTED", "approve")).toBe("APPROVED");
    expect(target("APPROVED", "erase")).toBeNull();
    expect(target("APPROVED", "confirm")).toBeUndefined();
    expect(can("AWAITING_REVIEW", "approve", "moderator")).toBe(true);
    expect(can("AWAITING_REVIEW", "approve", "endorser")).toBe(false);
    expect(can("WITHDRAWN", "restore", "admin")).toBe(false); // only the endorser brings it back
    expect(can("AWAITING_REVIEW", "flag")).toBe(false); // nothing to feature before it is public
    expect(can("APPROVED", "withdraw", "endorser")).toBe(true);
    // Reconfirmation: the system asks and lapses, only the endorser answers and renews.
    expect(target("APPROVED", "lapse")).toBe("LAPSED");
    expect(can("APPROVED", "lapse", "moderator")).toBe(false);
    expect(can("LAPSED", "renew", "endorser")).toBe(true);
    expect(can("LAPSED", "renew", "admin")).toBe(false);
    expect(can("LAPSED", "approve", "moderator")).toBe(false);
    expect(target("LAPSED", "update")).toBe("AWAITING_REVIEW");
  });

  it("lets the endorser erase from every status, and nothing leaves a status it cannot reach", () => {
    for (const status of statuses) expect(can(status, "erase", "endorser")).toBe(true);
    const reachable = new Set<Status>(["AWAITING_CONFIRMATION"]);
    for (let round = 0; round < statuses.length; round++)
      for (const command of commands)
        for (const from of reachable) {
          const to = target(from, command);
          if (to) reachable.add(to);
        }
    expect([...reachable].sort()).toEqual([...statuses].sort());
  });

  it("names only known statuses and roles", () => {
    for (const command of commands) {
      const rule = transitions[command as Command];
      for (const [from, to] of Object.entries(rule.moves)) {
        expect(statuses).toContain(from);
        if (to !== null) expect(statuses).toContain(to);
      }
      for (const role of rule.by) expect(["endorser", "moderator", "admin", "system"]).toContain(role);
    }
  });
});

describe("one owner for status changes", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const owner = "lib/endorsements/lifecycle.server.ts";
  // Re-seals the same contact values under another key (decision 027): nothing a history, audit or
  // public record entry would show changes, so it writes the sealed columns directly.
  const keyMaintenance = "lib/crypto/stored-data.server.ts";
  const sources = (dir: string): string[] =>
    readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const relative = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : sources(relative);
      return /\.(ts|tsx|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
    });

  it("no module but the lifecycle updates or deletes an endorsement", () => {
    const writers = ["app", "components", "lib", "scripts", "prisma/seed"]
      .flatMap(sources)
      .filter((file) => file !== owner && file !== keyMaintenance)
      .filter((file) => {
        const text = readFileSync(path.join(root, file), "utf8");
        return (
          /endorsement\.(update|updateMany|updateManyAndReturn|upsert|delete|deleteMany)\s*\(/.test(text) ||
          /UPDATE\s+"Endorsement"|DELETE\s+FROM\s+"Endorsement"/i.test(text)
        );
      });
    expect(writers).toEqual([]);
  });
});
