import "server-only";
import { createTranslator } from "use-intl/core";
import { db } from "../db/client.server";
import type { Email } from "../email/mailer.server";
import { emailRow, startDelivery } from "../email/queue.server";
import { escapeHtml, siteLink } from "../endorsements/emails.server";
import { overdueReviews } from "../endorsements/overdue.server";
import { adminCatalogues, isAdminLocale } from "./admin-language";

// The daily digest staff opt in to (Account page): what waits for review, sent once per UTC day from
// `digestHourUtc`, only when something waits, in the staff member's admin language (decision 019).

export const digestHourUtc = 6;

export async function setDailyDigest(staffId: string, on: boolean) {
  await db().staffUser.update({ where: { id: staffId }, data: { dailyDigest: on } });
}

export async function wantsDailyDigest(staffId: string) {
  const user = await db().staffUser.findUnique({ where: { id: staffId }, select: { dailyDigest: true } });
  return user?.dailyDigest ?? false;
}

type Waiting = { pending: number; overdue: Awaited<ReturnType<typeof overdueReviews>> };

/** The digest in the staff member's admin language (English when it is not one of the admin's). */
export function digestEmail(to: string, locale: string, { pending, overdue }: Waiting): Email {
  const language = isAdminLocale(locale) ? locale : "en";
  const t = createTranslator({ locale: language, messages: adminCatalogues[language], namespace: "Digest" });
  const queue = siteLink("/admin/endorsements");
  const subject = overdue.count ? t("subjectOverdue", { pending, overdue: overdue.count }) : t("subject", { pending });
  const intro = t("intro", { pending, overdue: overdue.count, days: overdue.days });
  const lines = overdue.items.map((item) => t("item", { name: item.name, country: item.countryCode, days: item.days }));
  const more = overdue.count > overdue.items.length ? [t("more", { count: overdue.count - overdue.items.length })] : [];
  const outro = t("outro");
  const text = [
    intro,
    ...(lines.length ? [[...lines, ...more].join("\n")] : []),
    t("openLink", { url: queue }),
    outro,
  ].join("\n\n");
  const html = `<!doctype html><html lang="${language}"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937">
<p>${escapeHtml(intro)}</p>
${lines.length ? `<ul>${[...lines, ...more].map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>` : ""}
<p><a href="${escapeHtml(queue)}">${escapeHtml(t("open"))}</a></p>
<p style="font-size:13px;color:#4b5563">${escapeHtml(outro)}</p>
</body></html>`;
  return { to, subject, text, html, locale: language };
}

/** Housekeeping: the digest to every opted-in, active staff member who has not had today's. */
export async function sendDailyDigests(now = new Date()) {
  if (now.getUTCHours() < digestHourUtc) return 0;
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const due = await db().staffUser.findMany({
    where: { dailyDigest: true, disabledAt: null, OR: [{ digestSentAt: null }, { digestSentAt: { lt: today } }] },
    select: { id: true, email: true, digestSentAt: true, adminLocale: true },
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
      if (count === 1)
        await tx.outboundEmail.create({ data: emailRow(digestEmail(staff.email, staff.adminLocale, waiting)) });
      return count === 1;
    });
    if (claimed) sent += 1;
  }
  if (sent) startDelivery();
  return sent;
}
