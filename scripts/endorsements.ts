// Moderation from the command line (for scripts; the admin is the usual way). Every change goes
// through the lifecycle like the admin's, audited as done by the system:
//   npm run endorsements -- list                       what awaits review
//   npm run endorsements -- approve <slug|email>
//   npm run endorsements -- reject <slug|email> --reason "…"
//   npm run endorsements -- purge                      apply retention now (decision 026)
// With the embedded database, stop the site first (one process at a time; see decision 001).
import { parseArgs } from "node:util";
import { db } from "../lib/db/client.server";
import { deliverDueEmails } from "../lib/email/queue.server";
import { byContactEmail } from "../lib/endorsements/contact.server";
import { approveEndorsement, rejectEndorsement, systemActor } from "../lib/endorsements/lifecycle.server";
import { applyRetention } from "../lib/privacy/retention.server";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { reason: { type: "string" } } });
const [command, target] = positionals;

async function find(slugOrEmail: string | undefined) {
  if (!slugOrEmail) throw new Error("Name the endorsement by its slug or contact email.");
  const found = await db().endorsement.findFirst({
    where: { OR: [{ slug: slugOrEmail }, byContactEmail(slugOrEmail)] },
  });
  if (!found) throw new Error(`No endorsement with slug or email "${slugOrEmail}".`);
  return found;
}

async function main() {
  switch (command) {
    case "list": {
      const queue = await db().endorsement.findMany({
        where: { status: "AWAITING_REVIEW" },
        orderBy: { createdAt: "asc" },
      });
      for (const e of queue)
        console.log(`${e.createdAt.toISOString().slice(0, 10)}  ${e.slug}  ${e.name} (${e.countryCode})`);
      console.log(`${queue.length} awaiting review.`);
      return;
    }
    case "approve": {
      const endorsement = await find(target);
      const approved = await approveEndorsement(endorsement.id, systemActor);
      console.log(approved ? `Approved ${approved.slug}.` : `Not approved: status is ${endorsement.status}.`);
      if (!approved) process.exitCode = 1;
      return;
    }
    case "reject": {
      if (!values.reason) throw new Error('Give a reason: --reason "…" (it is sent to the endorser).');
      const endorsement = await find(target);
      const rejected = await rejectEndorsement(endorsement.id, systemActor, { text: values.reason });
      console.log(rejected ? `Rejected ${rejected.slug}.` : `Not rejected: status is ${endorsement.status}.`);
      if (!rejected) process.exitCode = 1;
      return;
    }
    case "purge":
      console.log("Retention applied:", await applyRetention());
      return;
    default:
      throw new Error('Use "list", "approve", "reject" or "purge".');
  }
}

// Send the emails the command queued before exiting (a running server would retry them anyway).
main()
  .then(() => deliverDueEmails())
  .then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
