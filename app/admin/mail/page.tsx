import type { Metadata } from "next";
import { Notice } from "@/components/admin/notice";
import { retryMailAction } from "@/lib/email/admin-actions";
import { mailQueueState } from "@/lib/email/queue.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Mail.title") };
}

export default async function MailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const { counts, attention, recent } = await mailQueueState();
  const failed = attention.filter((mail) => mail.status === "FAILED");
  const { t, formatDateTime, formatNumber } = await adminTranslations();
  const params = await searchParams;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t("Mail.title")}</h1>
      <Notice params={params} texts={{ retried: t("Mail.retried", { count: Number(params.n ?? 0) }) }} />
      <p>{t("Mail.intro")}</p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["PENDING", "SENDING", "SENT", "FAILED"] as const).map((status) => (
          <div key={status} className="rounded border border-neutral-300 p-3">
            <dt className="text-sm">{t(`Mail.status.${status}`)}</dt>
            <dd className="text-2xl font-bold">{formatNumber(counts[status] ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="attention" className="grid gap-3">
        <h2 id="attention" className="text-lg font-semibold">
          {t("Mail.attention")}
        </h2>
        {attention.length === 0 ? (
          <p>{t("Mail.nothing")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t("Mail.columns.queued")}</th>
                  <th scope="col">{t("Mail.columns.to")}</th>
                  <th scope="col">{t("Mail.columns.subject")}</th>
                  <th scope="col">{t("Mail.columns.status")}</th>
                  <th scope="col">{t("Mail.columns.attempts")}</th>
                  <th scope="col">{t("Mail.columns.next")}</th>
                  <th scope="col">{t("Mail.columns.lastError")}</th>
                </tr>
              </thead>
              <tbody>
                {attention.map((mail) => (
                  <tr key={mail.id}>
                    <td>{formatDateTime(mail.createdAt)}</td>
                    <td>{mail.to}</td>
                    <td>{mail.subject}</td>
                    <td>{t(`Mail.status.${mail.status}`)}</td>
                    <td>{mail.attempts}</td>
                    <td>{mail.status === "FAILED" ? "—" : formatDateTime(mail.nextAttemptAt)}</td>
                    <td className="max-w-xs break-words text-sm">{mail.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {failed.length > 0 && (
          <form action={retryMailAction}>
            <button type="submit" className="admin-button">
              {t("Mail.retry", { count: failed.length })}
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="recent" className="grid gap-3">
        <h2 id="recent" className="text-lg font-semibold">
          {t("Mail.recent")}
        </h2>
        <ul className="grid gap-1">
          {recent.map((mail) => (
            <li key={mail.id}>
              {formatDateTime(mail.sentAt)} — {mail.to}: {mail.subject}
              {mail.attempts > 1 && ` ${t("Mail.afterAttempts", { count: mail.attempts })}`}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
