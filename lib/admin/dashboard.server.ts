import "server-only";
import { db } from "../db/client.server";

export type Bar = { label: string; value: number };

const weeks = 26;

/** Figures for the staff dashboard, read in one round of parallel queries. */
export async function dashboardFigures(now = new Date()) {
  const since = new Date(now.getTime() - weeks * 7 * 86_400_000);
  const [perWeek, byRegion, byType, perAction, submitted, confirmed, approved, pending, oldest, mailFailed] =
    await Promise.all([
      db().$queryRaw<{ week: Date; submitted: bigint; approved: bigint }[]>`
        SELECT w.week,
               (SELECT count(*) FROM "Endorsement" e WHERE date_trunc('week', e."createdAt") = w.week) AS submitted,
               (SELECT count(*) FROM "Endorsement" e WHERE date_trunc('week', e."approvedAt") = w.week AND e."status" = 'APPROVED') AS approved
        FROM generate_series(date_trunc('week', ${since}::timestamp), date_trunc('week', ${now}::timestamp), interval '1 week') AS w(week)
        ORDER BY w.week`,
      db().endorsement.groupBy({ by: ["region"], where: { status: "APPROVED" }, _count: { _all: true } }),
      db().endorsement.groupBy({ by: ["type"], where: { status: "APPROVED" }, _count: { _all: true } }),
      db().commitment.groupBy({
        by: ["actionNumber"],
        where: { endorsement: { status: "APPROVED" } },
        _count: { _all: true },
      }),
      db().endorsement.count(),
      db().endorsement.count({ where: { confirmedAt: { not: null } } }),
      db().endorsement.count({ where: { approvedAt: { not: null } } }),
      db().endorsement.count({ where: { status: "AWAITING_REVIEW" } }),
      db().endorsement.findFirst({
        where: { status: "AWAITING_REVIEW" },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, confirmedAt: true },
      }),
      db().outboundEmail.count({ where: { status: "FAILED" } }),
    ]);
  const oldestAt = oldest ? (oldest.confirmedAt ?? oldest.createdAt) : null;
  return {
    perWeek: perWeek.map((row) => ({
      week: row.week,
      submitted: Number(row.submitted),
      approved: Number(row.approved),
    })),
    byRegion: byRegion.map((row) => ({ key: row.region, value: row._count._all })),
    byType: byType.map((row) => ({ key: row.type, value: row._count._all })),
    perAction: perAction.map((row) => ({ key: row.actionNumber, value: row._count._all })),
    funnel: { submitted, confirmed, approved },
    pending,
    oldestPendingDays: oldestAt ? Math.floor((now.getTime() - oldestAt.getTime()) / 86_400_000) : null,
    mailFailed,
  };
}
