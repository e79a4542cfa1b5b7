import type { Metadata } from "next";
import { Notice } from "@/components/admin/notice";
import { formatDateTime } from "@/lib/admin/labels";
import { retryMailAction } from "@/lib/email/admin-actions";
import { mailQueueState } from "@/lib/email/queue.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Mail queue" };

export default async function MailPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const { counts, attention, recent } = await mailQueueState();
  const failed = attention.filter((mail) => mail.status === "FAILED");
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">Mail queue</h1>
      <Notice params={await searchParams} texts={{ retried: "{n} message(s) put back in the queue." }} />
      <p>
        Every email is stored before it is sent and retried with growing delays (30 s, 1 min, 2 min … up to 6 h) for up
        to 8 attempts.
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {(["PENDING", "SENDING", "SENT", "FAILED"] as const).map((status) => (
          <div key={status} className="rounded border border-neutral-300 p-3">
            <dt className="text-sm">{status.toLowerCase()}</dt>
            <dd className="text-2xl font-bold">{counts[status] ?? 0}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="attention" className="grid gap-3">
        <h2 id="attention" className="text-lg font-semibold">
          Waiting or failed
        </h2>
        {attention.length === 0 ? (
          <p>Nothing waiting.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="admin-table">
              <thead>
                <tr>
                  <th scope="col">Queued</th>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Status</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Next attempt</th>
                  <th scope="col">Last error</th>
                </tr>
              </thead>
              <tbody>
                {attention.map((mail) => (
                  <tr key={mail.id}>
                    <td>{formatDateTime(mail.createdAt)}</td>
                    <td>{mail.to}</td>
                    <td>{mail.subject}</td>
                    <td>{mail.status.toLowerCase()}</td>
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
              Retry the {failed.length} failed message(s)
            </button>
          </form>
        )}
      </section>
      <section aria-labelledby="recent" className="grid gap-3">
        <h2 id="recent" className="text-lg font-semibold">
          Recently sent
        </h2>
        <ul className="grid gap-1">
          {recent.map((mail) => (
            <li key={mail.id}>
              {formatDateTime(mail.sentAt)} — {mail.to}: {mail.subject}
              {mail.attempts > 1 && ` (after ${mail.attempts} attempts)`}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
