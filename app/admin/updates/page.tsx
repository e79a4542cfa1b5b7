import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime } from "@/lib/admin/labels";
import { requireStaff } from "@/lib/staff/session.server";
import { listUpdates } from "@/lib/updates/updates.server";

export const metadata: Metadata = { title: "Campaign updates" };
export const dynamic = "force-dynamic";

export default async function UpdatesPage() {
  await requireStaff("MODERATOR");
  const updates = await listUpdates();
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Campaign updates</h1>
        <Link href="/admin/updates/new" className="admin-button">
          Write an update
        </Link>
      </div>
      <p>Emails to approved endorsers who agreed to campaign updates, each in their language.</p>
      {updates.length === 0 ? (
        <p>No update yet.</p>
      ) : (
        <table className="w-full text-left">
          <caption className="sr-only">Updates, drafts first, then the newest sent</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Languages</th>
              <th scope="col">Sent</th>
              <th scope="col">By</th>
              <th scope="col">Recipients</th>
              <th scope="col">Delivered</th>
              <th scope="col">Failed</th>
              <th scope="col">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {updates.map((update) => (
              <tr key={update.id} className="border-t border-neutral-300">
                <td>
                  <Link href={`/admin/updates/${update.id}`} className="admin-link">
                    {update.subject}
                  </Link>
                </td>
                <td>{update.translations.map((t) => t.locale).join(", ")}</td>
                <td>{update.sentAt ? formatDateTime(update.sentAt) : "Draft"}</td>
                <td>{update.sentBy?.email ?? "—"}</td>
                <td>{update.sentAt ? update.recipientCount : "—"}</td>
                <td>{update.sentAt ? update.delivered : "—"}</td>
                <td>{update.sentAt ? update.failed : "—"}</td>
                <td>{update.sentAt ? update.waiting : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
