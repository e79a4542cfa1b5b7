import "server-only";
import { db } from "../db/client.server";
import type { Email } from "../email/mailer.server";
import { emailRow, startDelivery } from "../email/queue.server";
import { escapeHtml, siteLink } from "../endorsements/emails.server";
import { overdueReviews } from "../endorsements/overdue.server";

// The daily digest staff opt in to (Account page): what waits for review, sent once per UTC day from
// `digestHourUtc`, only when something waits. In English, like the rest of the staff area.

export const digestHourUtc = 6;

export async function setDailyDigest(staffId: string, on: boolean) {
  await db().staffUser.update({ where: { id: staffId }, data: { dailyDigest: on } });
}

export async function wantsDailyDigest(staffId: string) {
  const user = await db().staffUser.findUnique({ where: { id: staffId }, select: { dailyDigest: true } });
  return user?.dailyDigest ?? false;
}

type Waiting = { pending: number; overdue: Awaited<ReturnType<typeof overdueReviews>> };

export function digestEmail(to: string, { pending, overdue }: Waiting): Email {
  const queue = siteLink("/admin/endorsements");
  const subject = `We are ALE: ${pending} endorsement${pending === 1 ? "" : "s"} waiting for review${
    overdue.count ? ` (${overdue.count} overdue)` : ""
  }`;
  const intro = `${pending} endorsement${pending === 1 ? " waits" : "s wait"} for review; ${overdue.count} ${
    overdue.count === 1 ? "has" : "have"
  } waited more than ${overdue.days} days.`;
  const lines = overdue.items.map((item) => `${item.name} (${item.countryCode}): ${item.days} days`);
  const more = overdue.count > overdue.items.length ? [`… and ${overdue.count - overdue.items.length} more`] : [];
  const outro = "You receive this because you turned on the daily digest under Account; turn it off there.";
  const text = [
    intro,
    ...(lines.length ? [[...lines, ...more].join("\n")] : []),
    `Open the queue: ${queue}`,
    outro,
  ].join("\n\n");
  const html = `<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
<p>${escapeHtml(intro)}</p>
${lines.length ? `<ul>${[...lines, ...more].map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>` : ""}
<p><a href="${escapeHtml(queue)}">Open the queue</a></p>
<p style="font-size:13px;color:#4b5563">${escapeHtml(outro)}</p>
</body></html>`;
  return { to, subject, text, html, locale: "en" };
}

/** Housekeeping: the digest to every opted-in, active staff member who has not had today's. */
export async function sendDailyDigests(now = new Date()) {
  if (now.getUTCHours() < digestHourUtc) return 0;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const due = await db().staffUser.findMany({
    where: { dailyDigest: true, disabledAt: null, OR: [{ digestSentAt: null }, { digestSentAt: { lt: today } }] },
    select: { id: true, email: true, digestSentAt: true },
  });
  if (due.length === 0) return 0;
  const pending = await db().endorsement.count({ where: { status: "AWAITING_REVIEW" } });
  if (pending === 0) return 0;
  const waiting = { pending, overdue: await overdueReviews(now) };
  let sent = 0;
  for (const staff of due) {
    // Conditional on the time read: of two instances, one sends.
    const claimed = await db().$transaction(async (tx) => {
      const { count } = await tx.staffUser.updateMany({
        where: { id: staff.id, digestSentAt: staff.digestSentAt },
        data: { digestSentAt: now },
      });
      if (count === 1) await tx.outboundEmail.create({ data: emailRow(digestEmail(staff.email, waiting)) });
      return count === 1;
    });
    if (claimed) sent += 1;
  }
  if (sent) startDelivery();
  return sent;
}
