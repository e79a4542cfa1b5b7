import "server-only";
import { db } from "../db/client.server";
import { env } from "../env.server";
import { issueToken } from "../security/tokens.server";
import { askReconfirm, lapseEndorsement } from "./lifecycle.server";

// Reconfirmation (decision 021): RECONFIRM_AFTER_DAYS after approval or the last yes, the endorser is
// asked "Do you still endorse #weareALE?"; with no answer within RECONFIRM_ANSWER_DAYS the
// endorsement lapses: off the wall, counted apart, renewable from the manage link.

const day = 86_400_000;

function cutoffs(now: Date) {
  const { RECONFIRM_AFTER_DAYS, RECONFIRM_ANSWER_DAYS } = env();
  return {
    dueBefore: new Date(now.getTime() - RECONFIRM_AFTER_DAYS * day),
    askedBefore: new Date(now.getTime() - RECONFIRM_ANSWER_DAYS * day),
  };
}

const dueWhere = (dueBefore: Date) => ({
  status: "APPROVED" as const,
  reconfirmAskedAt: null,
  OR: [{ reconfirmedAt: { lt: dueBefore } }, { reconfirmedAt: null, approvedAt: { lt: dueBefore } }],
});

/** Housekeeping: asks every endorser whose year is up, and lapses those who did not answer in time. */
export async function runReconfirmation(now = new Date()) {
  const { dueBefore, askedBefore } = cutoffs(now);
  let asked = 0;
  for (const { id } of await db().endorsement.findMany({ where: dueWhere(dueBefore), select: { id: true }, take: 500 }))
    if (await askReconfirm(id, await issueToken(id, "RECONFIRM"), now)) asked += 1;
  let lapsed = 0;
  const unanswered = await db().endorsement.findMany({
    where: { status: "APPROVED", reconfirmAskedAt: { lt: askedBefore } },
    select: { id: true },
    take: 500,
  });
  for (const { id } of unanswered) if (await lapseEndorsement(id, askedBefore, now)) lapsed += 1;
  return { asked, lapsed };
}

/** For staff: who has been asked and not yet answered, and who lapsed. */
export async function reconfirmationState() {
  const [waiting, lapsed] = await Promise.all([
    db().endorsement.findMany({
      where: { status: "APPROVED", reconfirmAskedAt: { not: null } },
      orderBy: { reconfirmAskedAt: "asc" },
      take: 50,
      select: { id: true, name: true, countryCode: true, reconfirmAskedAt: true },
    }),
    db().endorsement.count({ where: { status: "LAPSED" } }),
  ]);
  const waitingCount = await db().endorsement.count({ where: { status: "APPROVED", reconfirmAskedAt: { not: null } } });
  return { waiting, waitingCount, lapsed };
}
