import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/admin/notice";
import { PendingProgressList } from "@/components/admin/progress-review";
import { RejectFields } from "@/components/admin/reject-fields";
import { adminLabels, excerpt, waitedFor } from "@/lib/admin/labels";
import { decideAction } from "@/lib/endorsements/admin-actions";
import { listPendingProgress, listQueue, namesOf, parseQueueFilters, statuses } from "@/lib/endorsements/review.server";
import { idPattern } from "@/lib/ids";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Queue.title") };
}

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR");
  const all = await searchParams;
  const params = Object.fromEntries(
    Object.entries(all).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const { locale, t, formatDateTime } = await adminTranslations();
  const { countryLabel, countryOptions, regionLabels, statusLabels, typeLabels } = adminLabels(locale);
  const n = Number(params.n ?? 0);
  const notices = {
    approved: t("Queue.notices.approved", { n }),
    rejected: t("Queue.notices.rejected", { n }),
    "approved-last": t("Queue.notices.approvedLast"),
    "rejected-last": t("Queue.notices.rejectedLast"),
    "error:none-selected": t("Queue.notices.noneSelected"),
    "error:reason-required": t("Queue.notices.reasonRequired"),
  };
  const filters = parseQueueFilters(params);
  // After a refused decision (no reason given), the ids come back so the same rows stay ticked.
  const selected = new Set([all.id ?? []].flat());
  const allSelected = params.all === "1";
  const [{ rows, next, total }, pendingProgress] = await Promise.all([listQueue(filters), listPendingProgress()]);
  const query = new URLSearchParams(
    Object.entries({ ...filters, after: undefined }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
  const here = `/admin/endorsements?${query}`;
  const thisPage = filters.after ? `${here}&after=${filters.after}` : here;
  const waiting = filters.status === "AWAITING_REVIEW";
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("Queue.title")}</h1>
        {staff.role === "ADMIN" && (
          <a href={`/admin/endorsements/export?${query}`} className="admin-button-secondary">
            {t("Queue.export")}
          </a>
        )}
      </div>
      <Notice params={params} texts={notices} />
      <StaleSkipped ids={[all.stale ?? []].flat()} />
      <PendingProgressList {...pendingProgress} />
      <form method="get" className="grid gap-3 rounded border border-neutral-300 p-4 sm:grid-cols-3 lg:grid-cols-4">
        <Select
          name="status"
          label={t("Queue.status")}
          value={filters.status}
          options={statuses.map((s) => [s, statusLabels[s]])}
        />
        <Select
          name="region"
          label={t("Queue.region")}
          value={filters.region}
          options={[["", t("Queue.all")], ...Object.entries(regionLabels)]}
        />
        <Select
          name="country"
          label={t("Queue.country")}
          value={filters.country}
          options={[["", t("Queue.all")], ...countryOptions.map((c): [string, string] => [c.value, c.label])]}
        />
        <Select
          name="type"
          label={t("Queue.type")}
          value={filters.type}
          options={[["", t("Queue.all")], ...Object.entries(typeLabels)]}
        />
        <div className="grid gap-1">
          <label htmlFor="from" className="text-sm font-medium">
            {t("Queue.from")}
          </label>
          <input id="from" name="from" type="date" defaultValue={filters.from} className="admin-input" />
        </div>
        <div className="grid gap-1">
          <label htmlFor="to" className="text-sm font-medium">
            {t("Queue.until")}
          </label>
          <input id="to" name="to" type="date" defaultValue={filters.to} className="admin-input" />
        </div>
        <div className="grid gap-1 sm:col-span-2">
          <label htmlFor="q" className="text-sm font-medium">
            {t("Queue.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={filters.q} className="admin-input" />
        </div>
        <div className="flex items-end gap-2">
          <button type="submit" className="admin-button">
            {t("Queue.filter")}
          </button>
          <Link href="/admin/endorsements" className="admin-link">
            {t("Queue.clear")}
          </Link>
        </div>
      </form>

      <p aria-live="polite">
        {t("Queue.total", { count: total, status: statusLabels[filters.status].toLocaleLowerCase(locale) })}
      </p>
      {rows.length > 0 && (
        <form action={decideAction} className="grid gap-4">
          <input type="hidden" name="back" value={here} />
          <p>
            {/* A link, not a script: it works without JavaScript and reloads the page with every box ticked. */}
            {allSelected ? (
              <a href={thisPage} className="admin-link">
                {t("Queue.clearSelection")}
              </a>
            ) : (
              <a href={`${thisPage}&all=1`} className="admin-link">
                {t("Queue.selectAll", { count: rows.length })}
              </a>
            )}
          </p>
          <div className="overflow-x-auto">
            <table className="admin-table">
              <caption className="sr-only">{t("Queue.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("Queue.select")}</th>
                  <th scope="col">{t("Queue.organisation")}</th>
                  <th scope="col">{t("Queue.country")}</th>
                  <th scope="col">{t("Queue.type")}</th>
                  <th scope="col">{t("Queue.website")}</th>
                  <th scope="col">{t("Queue.submitted")}</th>
                  {waiting && <th scope="col">{t("Queue.waiting")}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <input type="hidden" name={`seen-${row.id}`} value={row.updatedAt.getTime()} />
                      <input
                        type="checkbox"
                        name="id"
                        value={row.id}
                        aria-label={t("Queue.selectOne", { name: row.name })}
                        defaultChecked={allSelected || selected.has(row.id)}
                        className="size-5"
                      />
                    </td>
                    <td>
                      <div className="flex items-start gap-3">
                        {row.logo && (
                          // biome-ignore lint/performance/noImgElement: the logo is already a small processed PNG
                          <img
                            src={`/media/${row.logo.sha256}`}
                            alt=""
                            width={48}
                            height={Math.max(1, Math.round((48 * row.logo.height) / row.logo.width))}
                            loading="lazy"
                            className="shrink-0 rounded border border-neutral-300 bg-white object-contain"
                          />
                        )}
                        <div>
                          <Link href={`/admin/endorsements/${row.id}`} className="admin-link font-medium">
                            {row.name}
                          </Link>
                          {row.acronym && <span className="text-neutral-700"> ({row.acronym})</span>}
                          <div className="text-sm text-neutral-700">{row.contactEmail}</div>
                          {row.statement && (
                            <p dir="auto" className="mt-1 max-w-prose text-sm">
                              {excerpt(row.statement)}
                            </p>
                          )}
                        </div>
                      </div>
                    </td>
                    <td>{countryLabel(row.countryCode)}</td>
                    <td>{typeLabels[row.type]}</td>
                    <td>{row.websiteDomain}</td>
                    <td>{formatDateTime(row.createdAt)}</td>
                    {waiting && <td>{waitedFor(row.confirmedAt ?? row.createdAt, undefined, t)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(filters.status === "AWAITING_REVIEW" || filters.status === "REJECTED" || filters.status === "APPROVED") && (
            <fieldset className="grid gap-3 rounded border border-neutral-300 p-4">
              <legend className="px-1 font-semibold">{t("Queue.withSelected")}</legend>
              {filters.status !== "APPROVED" && (
                <div>
                  <button type="submit" name="decision" value="approve" className="admin-button">
                    {t("Queue.approveSelected")}
                  </button>
                </div>
              )}
              {filters.status !== "REJECTED" && (
                <>
                  <RejectFields idPrefix="bulk" />
                  <div>
                    <button type="submit" name="decision" value="reject" className="admin-button-danger">
                      {t("Queue.rejectSelected")}
                    </button>
                  </div>
                </>
              )}
            </fieldset>
          )}
        </form>
      )}
      {next && (
        <p>
          <Link href={`${here}&after=${next}`} className="admin-link">
            {t("Queue.next", { count: 50 })}
          </Link>
        </p>
      )}
    </div>
  );
}

function Select({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value?: string;
  options: [string, string][];
}) {
  return (
    <div className="grid gap-1">
      <label htmlFor={name} className="text-sm font-medium">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className="admin-input">
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </div>
  );
}

/** After a bulk decision: the endorsements skipped because they changed since the queue was shown. */
async function StaleSkipped({ ids }: { ids: string[] }) {
  const valid = ids.filter((id) => idPattern.test(id));
  if (valid.length === 0) return null;
  const [names, { t }] = await Promise.all([namesOf(valid), adminTranslations()]);
  return (
    <div role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
      <p>{t("BulkDecision.staleSkipped", { count: names.length })}</p>
      <ul className="list-disc ps-6">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </div>
  );
}
