import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/admin/bar-chart";
import { WeeklyChart } from "@/components/admin/weekly-chart";
import { dashboardFigures } from "@/lib/admin/dashboard.server";
import { adminLabels } from "@/lib/admin/labels";
import { campaignStatistics } from "@/lib/admin/statistics.server";
import { getActionTitles } from "@/lib/content/campaign.server";
import { overdueReviews } from "@/lib/endorsements/overdue.server";
import { reconfirmationState } from "@/lib/endorsements/reconfirmation.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Dashboard.title") };
}
export const dynamic = "force-dynamic";

export default async function DashboardPage() {
  await requireStaff("MODERATOR");
  const { locale, t, formatDateTime, formatNumber, formatPercent } = await adminTranslations();
  const { countryLabel, regionLabels, typeLabels } = adminLabels(locale);
  const [figures, actions, overdue, stats, reconfirmation] = await Promise.all([
    dashboardFigures(),
    getActionTitles(locale),
    overdueReviews(),
    campaignStatistics(),
    reconfirmationState(),
  ]);
  const progressBars = (state: "started" | "done") =>
    actions.map((action) => ({
      label: `${action.number}. ${action.title}`,
      value: stats.progress.get(action.number)?.[state] ?? 0,
    }));
  const days = (value: number | null) => (value === null ? "—" : t("Dashboard.days", { days: formatNumber(value) }));
  const { funnel } = figures;
  return (
    <div className="grid gap-8">
      <h1 className="text-2xl font-bold">{t("Dashboard.title")}</h1>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-5">
        <Figure label={t("Dashboard.awaitingReview")} value={formatNumber(figures.pending)}>
          <Link href="/admin/endorsements" className="admin-link text-sm">
            {t("Dashboard.openQueue")}
          </Link>
        </Figure>
        <Figure
          label={t("Dashboard.oldestWaiting")}
          value={
            figures.oldestPendingDays === null ? "—" : t("Dashboard.wholeDays", { count: figures.oldestPendingDays })
          }
        />
        <Figure
          label={t("Dashboard.overdue", { days: overdue.days })}
          value={formatNumber(overdue.count)}
          alarm={overdue.count > 0}
        />
        <Figure label={t("Dashboard.approvedEndorsers")} value={formatNumber(funnel.approved)} />
        <Figure label={t("Dashboard.emailsFailed")} value={formatNumber(figures.mailFailed)}>
          <Link href="/admin/mail" className="admin-link text-sm">
            {t("Dashboard.mailQueue")}
          </Link>
        </Figure>
      </dl>

      {overdue.count > 0 && (
        <section aria-labelledby="overdue" className="grid gap-2 rounded border-2 border-red-700 bg-red-50 p-4">
          <h2 id="overdue" className="text-lg font-semibold text-red-900">
            {t("Dashboard.overdueTitle", { count: overdue.count })}
          </h2>
          <p>{t("Dashboard.overdueText", { days: overdue.days })}</p>
          <ol className="grid gap-1">
            {overdue.items.map((item) => (
              <li key={item.id}>
                <Link href={`/admin/endorsements/${item.id}`} className="admin-link">
                  {item.name}
                </Link>{" "}
                — {t("Dashboard.overdueItem", { country: countryLabel(item.countryCode), days: item.days })}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="funnel" className="grid gap-3">
        <h2 id="funnel" className="text-lg font-semibold">
          {t("Dashboard.funnelTitle")}
        </h2>
        <BarChart
          id="funnel-chart"
          title={t("Dashboard.funnelChart")}
          bars={[
            { label: t("Dashboard.submitted"), value: funnel.submitted },
            {
              label: t("Dashboard.confirmedShare", { percent: formatPercent(funnel.confirmed, funnel.submitted) }),
              value: funnel.confirmed,
            },
            {
              label: t("Dashboard.approvedShare", { percent: formatPercent(funnel.approved, funnel.submitted) }),
              value: funnel.approved,
            },
          ]}
        />
      </section>

      <section aria-labelledby="reconfirmation" className="grid gap-3">
        <h2 id="reconfirmation" className="text-lg font-semibold">
          {t("Dashboard.reconfirmationTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure label={t("Dashboard.askedNoAnswer")} value={formatNumber(reconfirmation.waitingCount)} />
          <Figure label={t("Dashboard.lapsed")} value={formatNumber(reconfirmation.lapsed)}>
            <Link href="/admin/endorsements?status=LAPSED" className="admin-link text-sm">
              {t("Dashboard.seeWho")}
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
                —{" "}
                {t("Dashboard.askedOn", {
                  country: countryLabel(item.countryCode),
                  date: formatDateTime(item.reconfirmAskedAt),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="statistics" className="grid gap-3">
        <h2 id="statistics" className="text-lg font-semibold">
          {t("Dashboard.statisticsTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <Figure label={t("Dashboard.confirmationRate")} value={formatPercent(stats.confirmed, stats.everSubmitted)}>
            {t("Dashboard.confirmedOfSignUps", { confirmed: stats.confirmed, total: stats.everSubmitted })}
          </Figure>
          <Figure
            label={t("Dashboard.neverConfirmed")}
            value={formatPercent(stats.neverConfirmed, stats.everSubmitted)}
          >
            {t("Dashboard.neverConfirmedDetail", { count: stats.neverConfirmed })}
          </Figure>
          <Figure label={t("Dashboard.duplicates")} value={formatNumber(stats.duplicates)}>
            {t("Dashboard.duplicatesDetail")}
          </Figure>
          <Figure label={t("Dashboard.subscribed")} value={formatPercent(stats.subscribed, stats.approved)}>
            {t("Dashboard.subscribedDetail", {
              subscribed: stats.subscribed,
              approved: stats.approved,
              unsubscribes: stats.unsubscribes,
              percent: formatPercent(stats.unsubscribes, stats.subscribed + stats.unsubscribes),
            })}
          </Figure>
          <Figure label={t("Dashboard.moderationMedian")} value={days(stats.moderation.medianDays)}>
            {t("Dashboard.moderationDetail", {
              p90: days(stats.moderation.p90Days),
              decided: stats.moderation.decided,
            })}
          </Figure>
        </dl>
        <BarChart
          id="moderation-time"
          title={t("Dashboard.moderationChart")}
          bars={stats.moderation.buckets.map((bucket) => ({
            label: t(`Dashboard.buckets.${bucket.key}`),
            value: bucket.value,
          }))}
        />
        <div className="grid gap-8 lg:grid-cols-2">
          <BarChart id="progress-started" title={t("Progress.chartStarted")} bars={progressBars("started")} />
          <BarChart id="progress-done" title={t("Progress.chartDone")} bars={progressBars("done")} />
        </div>
      </section>

      <section aria-labelledby="weeks" className="grid gap-3">
        <h2 id="weeks" className="text-lg font-semibold">
          {t("Dashboard.perWeekTitle")}
        </h2>
        <WeeklyChart weeks={figures.perWeek} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <BarChart
          id="regions"
          title={t("Dashboard.byRegion")}
          bars={Object.entries(regionLabels).map(([key, label]) => ({
            label,
            value: figures.byRegion.find((row) => row.key === key)?.value ?? 0,
          }))}
        />
        <BarChart
          id="types"
          title={t("Dashboard.byType")}
          bars={Object.entries(typeLabels)
            .map(([key, label]) => ({ label, value: figures.byType.find((row) => row.key === key)?.value ?? 0 }))
            .sort((a, b) => b.value - a.value)}
        />
      </div>
      <BarChart
        id="actions"
        title={t("Dashboard.perAction")}
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
