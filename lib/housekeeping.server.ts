import "server-only";
import { deliverDueEmails } from "./email/queue.server";
import { removeUnusedImages } from "./media/images.server";
import { applyRetention } from "./privacy/retention.server";
import { pruneRateLimits } from "./security/rate-limit.server";

const everySixHours = 6 * 3600_000;

/**
 * Applies retention (unconfirmed sign-ups, closed endorsements' contacts, old audit details and
 * mail; decision 026), deletes expired tokens, images unused for a day and old rate-limit windows,
 * every 6 hours;
 * sends queued mail that is due, every 15 seconds.
 */
export function startHousekeeping() {
  const run = async () => {
    try {
      const retention = await applyRetention();
      const images = await removeUnusedImages();
      await pruneRateLimits();
      if (Object.values(retention).some(Boolean))
        console.log(
          `[housekeeping] retention: ${retention.unconfirmed} unconfirmed sign-ups deleted, ${retention.contacts} contacts erased, ${retention.auditEntries} audit entries reduced, ${retention.emails} old emails deleted`,
        );
      if (images) console.log(`[housekeeping] deleted ${images} images no record used for a day`);
    } catch (error) {
      console.error("[housekeeping] failed:", error instanceof Error ? error.message : error);
    }
  };
  setTimeout(run, 60_000).unref();
  setInterval(run, everySixHours).unref();
  // Retries of queued mail (and anything left by an instance that stopped mid-send).
  const sendMail = () =>
    deliverDueEmails().catch((error) =>
      console.error("[mail] queue run failed:", error instanceof Error ? error.message : error),
    );
  setTimeout(sendMail, 2_000).unref();
  setInterval(sendMail, 15_000).unref();
}
