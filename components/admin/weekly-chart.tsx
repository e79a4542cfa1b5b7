import { adminTranslations } from "@/lib/staff/admin-i18n.server";

type Week = { week: Date; submitted: number; approved: number };

/** Submitted and approved per week as paired columns, with the numbers in a table below. */
export async function WeeklyChart({ weeks }: { weeks: Week[] }) {
  const { t, formatDayMonth } = await adminTranslations();
  const max = Math.max(1, ...weeks.flatMap((w) => [w.submitted, w.approved]));
  const columnWidth = 24;
  const height = 160;
  const width = weeks.length * columnWidth + 40;
  const description = weeks
    .filter((w) => w.submitted || w.approved)
    .map((w) =>
      t("Charts.weekDescription", { week: formatDayMonth(w.week), submitted: w.submitted, approved: w.approved }),
    )
    .join("; ");
  return (
    <figure className="grid gap-2">
      <figcaption id="weekly-title" className="font-semibold">
        {t("Charts.weeklyCaption", { count: weeks.length })}
      </figcaption>
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${width} ${height + 24}`}
          className="min-w-[36rem] max-w-4xl"
          role="img"
          aria-labelledby="weekly-svg-title weekly-desc"
        >
          <title id="weekly-svg-title">{t("Charts.weeklyTitle")}</title>
          <desc id="weekly-desc">{description || t("Charts.weeklyEmpty")}</desc>
          <line x1="30" y1={height} x2={width} y2={height} stroke="#737373" />
          <text x="26" y="12" textAnchor="end" fontSize="10" fill="#262626">
            {max}
          </text>
          {weeks.map((w, index) => {
            const x = 34 + index * columnWidth;
            const submittedHeight = Math.round((w.submitted / max) * (height - 10));
            const approvedHeight = Math.round((w.approved / max) * (height - 10));
            return (
              <g key={w.week.toISOString()}>
                <rect x={x} y={height - submittedHeight} width="9" height={submittedHeight} fill="#06392e" />
                <rect x={x + 10} y={height - approvedHeight} width="9" height={approvedHeight} fill="#5fb39d" />
                {index % 4 === 0 && (
                  <text x={x} y={height + 16} fontSize="10" fill="#262626">
                    {formatDayMonth(w.week)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary className="cursor-pointer text-sm underline">{t("Charts.weeklyTable")}</summary>
        <table className="admin-table mt-2 max-w-xl">
          <thead>
            <tr>
              <th scope="col">{t("Charts.weekOf")}</th>
              <th scope="col">{t("Charts.submitted")}</th>
              <th scope="col">{t("Charts.approved")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week.toISOString()}>
                <th scope="row" className="font-normal">
                  {formatDayMonth(w.week)}
                </th>
                <td>{w.submitted}</td>
                <td>{w.approved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
