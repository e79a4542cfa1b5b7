import type { Metadata } from "next";
import Link from "next/link";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";
import { listUpdates } from "@/lib/updates/updates.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Updates.title") };
}
export const dynamic = "force-dynamic";

export default async function UpdatesPage() {
  await requireStaff("MODERATOR");
  const updates = await listUpdates();
  const { t, formatDateTime, formatNumber } = await adminTranslations();
  const count = (value: number) => (value === undefined ? "—" : formatNumber(value));
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("Updates.title")}</h1>
        <Link href="/admin/updates/new" className="admin-button">
          {t("Updates.write")}
        </Link>
      </div>
      <p>{t("Updates.intro")}</p>
      {updates.length === 0 ? (
        <p>{t("Updates.none")}</p>
      ) : (
        <table className="w-full text-left">
          <caption className="sr-only">{t("Updates.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("Updates.columns.subject")}</th>
              <th scope="col">{t("Updates.columns.languages")}</th>
              <th scope="col">{t("Updates.columns.sent")}</th>
              <th scope="col">{t("Updates.columns.by")}</th>
              <th scope="col">{t("Updates.columns.recipients")}</th>
              <th scope="col">{t("Updates.columns.delivered")}</th>
              <th scope="col">{t("Updates.columns.failed")}</th>
              <th scope="col">{t("Updates.columns.waiting")}</th>
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
                <td>{update.translations.map((version) => version.locale).join(", ")}</td>
                <td>{update.sentAt ? formatDateTime(update.sentAt) : t("Updates.draft")}</td>
                <td>{update.sentBy?.email ?? "—"}</td>
                <td>{update.sentAt ? count(update.recipientCount) : "—"}</td>
                <td>{update.sentAt ? count(update.delivered) : "—"}</td>
                <td>{update.sentAt ? count(update.failed) : "—"}</td>
                <td>{update.sentAt ? count(update.waiting) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
