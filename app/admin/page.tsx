import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/admin/bar-chart";
import { WeeklyChart } from "@/components/admin/weekly-chart";
import { dashboardFigures } from "@/lib/admin/dashboard.server";
import { countryLabel, formatDateTime, regionLabels, typeLabels } from "@/lib/admin/labels";
import { campaignStatistics } from "@/lib/admin/statistics.server";
import { getActionTitles } from "@/lib/content/campaign.server";
import { overdueReviews } from "@/lib/endorsements/overdue.server";
import { reconfirmationState } from "@/lib/endorsements/reconfirmation.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Dashboard" };
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  await requireStaff("MODERATOR");
  const [figures, actions, overdue, stats, reconfirmation, { t }] = await Promise.all([
    dashboardFigures(),
    getActionTitles("en"),
    overdueReviews(),
    campaignStatistics(),
    reconfirmationState(),
    adminTranslations(),
  ]);
  const progressBars = (state: "started" | "done") =>
    actions.map((action) => ({
      label: `${action.number}. ${action.title}`,
      value: stats.progress.get(action.number)?.[state] ?? 0,
    }));
  const days = (value: number | null) => (value === null ? "—" : `${value.toFixed(1)} days`);
  const { funnel } = figures;
  const percent = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "—");
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-bold">Dashboard</h1>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Figure label="Awaiting review" value={String(figures.pending)}>
          <Link href="/admin/endorsements" className="admin-link text-sm">
            Open the queue
          </Link>
        </Figure>
        <Figure
          label="Oldest waiting"
          value={
            figures.oldestPendingDays === null
              ? "—"
              : `${figures.oldestPendingDays} day${figures.oldestPendingDays === 1 ? "" : "s"}`
          }
        />
        <Figure
          label={`Overdue (waiting more than ${overdue.days} days)`}
          value={String(overdue.count)}
          alarm={overdue.count > 0}
        />
        <Figure label="Approved endorsers" value={String(funnel.approved)} />
        <Figure label="Emails failed" value={String(figures.mailFailed)}>
          <Link href="/admin/mail" className="admin-link text-sm">
            Mail queue
          </Link>
        </Figure>
      </dl>

      {overdue.count > 0 && (
        <section aria-labelledby="overdue" className="grid gap-2 rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="overdue" className="text-lg font-semibold text-red-900">
            Overdue for review: {overdue.count}
          </h2>
          <p>
            These have waited more than {overdue.days} days since they entered the queue. Their endorsers have been told
            once that the review is taking longer.
          </p>
          <ol className="grid gap-1">
            {overdue.items.map((item) => (
              <li key={item.id}>
                <Link href={`/admin/endorsements/${item.id}`} className="admin-link">
                  {item.name}
                </Link>{" "}
                — {countryLabel(item.countryCode)}, waiting {item.days} days
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="funnel" className="grid gap-3">
        <h2 id="funnel" className="text-lg font-semibold">
          From sign-up to the wall
        </h2>
        <BarChart
          id="funnel-chart"
          title="Funnel: submitted, confirmed by email, approved"
          bars={[
            { label: "Submitted", value: funnel.submitted },
            { label: `Confirmed (${percent(funnel.confirmed, funnel.submitted)})`, value: funnel.confirmed },
            { label: `Approved (${percent(funnel.approved, funnel.submitted)})`, value: funnel.approved },
          ]}
        />
      </section>

      <section aria-labelledby="reconfirmation" className="grid gap-3">
        <h2 id="reconfirmation" className="text-lg font-semibold">
          Yearly reconfirmation
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure label="Asked, no answer yet" value={String(reconfirmation.waitingCount)} />
          <Figure label="Lapsed (off the wall)" value={String(reconfirmation.lapsed)}>
            <Link href="/admin/endorsements?status=LAPSED" className="admin-link text-sm">
              See who
            </Link>
          </Figure>
        </dl>
        {reconfirmation.waiting.length > 0 && (
          <ul className="grid gap-1">
            {reconfirmation.waiting.map((item) => (
              <li key={item.id}>
                <Link href={`/admin/endorsements/${item.id}`} className="admin-link">
                  {item.name}
                </Link>{" "}
                — {countryLabel(item.countryCode)}, asked {formatDateTime(item.reconfirmAskedAt)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="statistics" className="grid gap-3">
        <h2 id="statistics" className="text-lg font-semibold">
          Campaign statistics
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure
            label="Confirmation rate"
            value={percent(stats.confirmed, stats.everSubmitted)}
          >{`${stats.confirmed} of ${stats.everSubmitted} sign-ups`}</Figure>
          <Figure label="Never confirmed" value={percent(stats.neverConfirmed, stats.everSubmitted)}>
            {`${stats.neverConfirmed} (unconfirmed after a week, or deleted)`}
          </Figure>
          <Figure label="Duplicate attempts" value={String(stats.duplicates)}>
            The form sent again for an organisation or address already there
          </Figure>
          <Figure label="Subscribed to updates" value={percent(stats.subscribed, stats.approved)}>
            {`${stats.subscribed} of ${stats.approved} approved; ${stats.unsubscribes} unsubscribed (${percent(stats.unsubscribes, stats.subscribed + stats.unsubscribes)})`}
          </Figure>
          <Figure label="Time to moderation (median)" value={days(stats.moderation.medianDays)}>
            {`90% within ${days(stats.moderation.p90Days)}; ${stats.moderation.decided} decisions`}
          </Figure>
        </dl>
        <BarChart
          id="moderation-time"
          title="Time from email confirmation to the moderator's decision"
          bars={stats.moderation.buckets}
        />
        <div className="grid gap-8 lg:grid-cols-2">
          <BarChart id="progress-started" title={t("Progress.chartStarted")} bars={progressBars("started")} />
          <BarChart id="progress-done" title={t("Progress.chartDone")} bars={progressBars("done")} />
        </div>
      </section>

      <section aria-labelledby="weeks" className="grid gap-3">
        <h2 id="weeks" className="text-lg font-semibold">
          Endorsements per week
        </h2>
        <WeeklyChart weeks={figures.perWeek} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <BarChart
          id="regions"
          title="Approved endorsers by region"
          bars={Object.entries(regionLabels).map(([key, label]) => ({
            label,
            value: figures.byRegion.find((row) => row.key === key)?.value ?? 0,
          }))}
        />
        <BarChart
          id="types"
          title="Approved endorsers by type"
          bars={Object.entries(typeLabels)
            .map(([key, label]) => ({ label, value: figures.byType.find((row) => row.key === key)?.value ?? 0 }))
            .sort((a, b) => b.value - a.value)}
        />
      </div>
      <BarChart
        id="actions"
        title="Commitments per action (approved endorsers)"
        bars={actions.map((action) => ({
          label: `${action.number}. ${action.title}`,
          value: figures.perAction.find((row) => row.key === action.number)?.value ?? 0,
        }))}
      />
    </div>
  );
}

function Figure({
  label,
  value,
  alarm = false,
  children,
}: {
  label: string;
  value: string;
  alarm?: boolean;
  children?: React.ReactNode;
}) {
  return (
    <div className={alarm ? "rounded border-2 border-red-700 bg-red-50 p-3" : "rounded border border-neutral-300 p-3"}>
      <dt className="text-sm text-neutral-700">{label}</dt>
      <dd className="text-2xl font-bold">{value}</dd>
      {children && <dd>{children}</dd>}
    </div>
  );
}
