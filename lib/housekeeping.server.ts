import "server-only";
import { purgeUnconfirmed } from "./endorsements/lifecycle.server";
import { pruneRateLimits } from "./security/rate-limit.server";

const everySixHours = 6 * 3600_000;

/** Deletes sign-ups unconfirmed for 30 days, expired tokens and old rate-limit windows, every 6 hours. */
export function startHousekeeping() {
  const run = async () => {
    try {
      const purged = await purgeUnconfirmed();
      await pruneRateLimits();
      if (purged) console.log(`[housekeeping] deleted ${purged} unconfirmed sign-ups older than 30 days`);
    } catch (error) {
      console.error("[housekeeping] failed:", error instanceof Error ? error.message : error);
    }
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, everySixHours).unref();
}
