import type { Metadata } from "next";
import Link from "next/link";
import { adminLabels } from "@/lib/admin/labels";
import { listAudit, parseAuditFilters } from "@/lib/audit/audit.server";
import { type RecordName, recordNames } from "@/lib/audit/record-names.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import type { AdminTranslator } from "@/lib/staff/admin-language";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Audit.title") };
}

const entityTypes = [
  "Endorsement",
  "Partner",
  "NewsItem",
  "Event",
  "StaffUser",
  "Setting",
  "AuditEntry",
  "OutboundEmail",
];

// Read-only: the app has no way to edit or delete audit entries.
export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR");
  const { locale, t, formatDateTime } = await adminTranslations();
  const { actorKindLabels, auditActionLabel, entityTypeLabels } = adminLabels(locale);
  const filters = parseAuditFilters(await searchParams);
  const { entries, next } = await listAudit(filters);
  const names = await recordNames(entries);
  const query = new URLSearchParams(
    Object.entries({ ...filters, before: undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("Audit.title")}</h1>
        {staff.role === "ADMIN" && (
          <a href={`/admin/audit/export?${query}`} className="admin-button-secondary">
            {t("Audit.export")}
          </a>
        )}
      </div>
      <form method="get" className="grid gap-3 rounded border border-neutral-300 p-4 sm:grid-cols-4">
        <div className="grid gap-1">
          <label htmlFor="actor" className="text-sm font-medium">
            {t("Audit.actor")}
          </label>
          <input id="actor" name="actor" defaultValue={filters.actor} className="admin-input" />
        </div>
        <div className="grid gap-1">
          <label htmlFor="action" className="text-sm font-medium">
            {t("Audit.action")}
          </label>
          <input
            id="action"
            name="action"
            defaultValue={filters.action}
            placeholder="endorsement."
            className="admin-input"
          />
        </div>
        <div className="grid gap-1">
          <label htmlFor="entityType" className="text-sm font-medium">
            {t("Audit.recordType")}
          </label>
          <select id="entityType" name="entityType" defaultValue={filters.entityType ?? ""} className="admin-input">
            <option value="">{t("Audit.all")}</option>
            {entityTypes.map((type) => (
              <option key={type} value={type}>
                {entityTypeLabels[type]}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor="entityId" className="text-sm font-medium">
            {t("Audit.recordId")}
          </label>
          <input id="entityId" name="entityId" defaultValue={filters.entityId} className="admin-input" />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="admin-button">
            {t("Audit.filter")}
          </button>
          <Link href="/admin/audit" className="admin-link">
            {t("Audit.clear")}
          </Link>
        </div>
      </form>
      <div className="overflow-x-auto">
        <table className="admin-table">
          <caption className="sr-only">{t("Audit.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("Audit.when")}</th>
              <th scope="col">{t("Audit.who")}</th>
              <th scope="col">{t("Audit.what")}</th>
              <th scope="col">{t("Audit.record")}</th>
              <th scope="col">{t("Audit.before")}</th>
              <th scope="col">{t("Audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={String(entry.id)}>
                <td className="whitespace-nowrap">{formatDateTime(entry.at)}</td>
                <td>{entry.actorEmail ?? actorKindLabels[entry.actorKind]}</td>
                <td>
                  {auditActionLabel(entry.action)}
                  <div className="text-xs text-neutral-700">{entry.action}</div>
                </td>
                <td>
                  <RecordCell
                    entry={entry}
                    name={names.get(`${entry.entityType}:${entry.entityId}`)}
                    typeLabel={entityTypeLabels[entry.entityType] ?? entry.entityType}
                    t={t}
                  />
                </td>
                <td>
                  <Changes value={entry.before} />
                </td>
                <td>
                  <Changes value={entry.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {entries.length === 0 && <p>{t("Audit.none")}</p>}
      {next && (
        <Link href={`/admin/audit?${query}&before=${next}`} className="admin-link">
          {t("Audit.older")}
        </Link>
      )}
    </div>
  );
}

function Changes({ value }: { value: unknown }) {
  if (!value || typeof value !== "object") return null;
  return (
    <dl className="text-sm">
      {Object.entries(value).map(([key, inner]) => (
        <div key={key} className="break-words">
          <dt className="inline font-medium">{key}: </dt>
          <dd className="inline">{typeof inner === "string" ? inner.slice(0, 200) : JSON.stringify(inner)}</dd>
        </div>
      ))}
    </dl>
  );
}

const recordLinks: Record<string, (id: string) => string> = {
  Endorsement: (id) => `/admin/endorsements/${id}`,
  Partner: (id) => `/admin/partners/${id}`,
  NewsItem: (id) => `/admin/news/${id}`,
  Event: (id) => `/admin/events/${id}`,
};

/** The record by its name (linked to its admin page), with its type; the id only when it has no name. */
function RecordCell({
  entry,
  name,
  typeLabel,
  t,
}: {
  entry: { entityType: string; entityId: string | null };
  name?: RecordName;
  typeLabel: string;
  t: AdminTranslator;
}) {
  const label = name ? (name.live ? name.name : t("Audit.deleted", { name: name.name })) : (entry.entityId ?? "");
  const link = entry.entityId && name?.live ? recordLinks[entry.entityType]?.(entry.entityId) : undefined;
  return (
    <>
      <div className="text-xs text-neutral-700">{typeLabel}</div>
      {link ? (
        <Link href={link} className="admin-link" dir="auto">
          {label}
        </Link>
      ) : (
        <span dir="auto">{label}</span>
      )}
    </>
  );
}
