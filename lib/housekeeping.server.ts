import "server-only";
import { deliverDueEmails } from "./email/queue.server";
import { prepareOpenDataSnapshot } from "./endorsements/open-data-snapshot.server";
import { sendReviewReminders } from "./endorsements/overdue.server";
import { runReconfirmation } from "./endorsements/reconfirmation.server";
import { pruneReviewViews } from "./endorsements/review-views.server";
import { removeUnusedImages } from "./media/images.server";
import { applyRetention } from "./privacy/retention.server";
import { pruneRateLimits } from "./security/rate-limit.server";
import { sendDailyDigests } from "./staff/digest.server";

const everySixHours = 6 * 3600_000;
const everyHour = 3600_000;

/**
 * Applies retention (unconfirmed sign-ups, closed endorsements' contacts, old audit details and
 * mail; decision 026), asks endorsers to reconfirm yearly and lapses the unanswered, deletes expired
 * tokens, images unused for a day and old rate-limit windows, every 6 hours;
 * every hour, reminds endorsers whose review is overdue and sends the staff's daily digests;
 * sends queued mail that is due, every 15 seconds; builds the open-data snapshot once at start, so
 * the first download does not wait for it (later ones are rebuilt when a reader finds them outdated).
 */
export function startHousekeeping() {
  setTimeout(
    () =>
      prepareOpenDataSnapshot().catch((error) =>
        console.error("[open data] first snapshot failed:", error instanceof Error ? error.message : error),
      ),
    1_000,
  ).unref();
  const run = async () => {
    try {
      const retention = await applyRetention();
      const { asked, lapsed } = await runReconfirmation();
      if (asked || lapsed) console.log(`[housekeeping] asked ${asked} endorsers to reconfirm; ${lapsed} lapsed`);
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
  const review = async () => {
    try {
      const reminded = await sendReviewReminders();
      const digests = await sendDailyDigests();
      await pruneReviewViews();
      if (reminded) console.log(`[housekeeping] told ${reminded} endorsers their review is overdue`);
      if (digests) console.log(`[housekeeping] sent ${digests} daily review digests`);
    } catch (error) {
      console.error("[housekeeping] review reminders failed:", error instanceof Error ? error.message : error);
    }
  };
  setTimeout(review, 90_000).unref();
  setInterval(review, everyHour).unref();
  // Retries of queued mail (and anything left by an instance that stopped mid-send).
  const sendMail = () =>
    deliverDueEmails().catch((error) =>
      console.error("[mail] queue run failed:", error instanceof Error ? error.message : error),
    );
  setTimeout(sendMail, 2_000).unref();
  setInterval(sendMail, 15_000).unref();
}
