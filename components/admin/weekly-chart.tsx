type Week = { week: Date; submitted: number; approved: number };

const dayMonth = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Submitted and approved per week as paired columns, with the numbers in a table below. */
export function WeeklyChart({ weeks }: { weeks: Week[] }) {
  const max = Math.max(1, ...weeks.flatMap((w) => [w.submitted, w.approved]));
  const columnWidth = 24;
  const height = 160;
  const width = weeks.length * columnWidth + 40;
  const description = weeks
    .filter((w) => w.submitted || w.approved)
    .map((w) => `week of ${dayMonth.format(w.week)}: ${w.submitted} submitted, ${w.approved} approved`)
    .join("; ");
  return (
    <figure className="grid gap-2">
      <figcaption id="weekly-title" className="font-semibold">
        Submitted (dark) and approved (light) per week, last {weeks.length} weeks
      </figcaption>
      <div className="overflow-x-auto">
        <svg
          viewBox={`0 0 ${width} ${height + 24}`}
          className="min-w-[36rem] max-w-4xl"
          role="img"
          aria-labelledby="weekly-svg-title weekly-desc"
        >
          <title id="weekly-svg-title">Endorsements submitted and approved per week</title>
          <desc id="weekly-desc">{description || "No endorsements in this period."}</desc>
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
                    {dayMonth.format(w.week)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <details>
        <summary className="cursor-pointer text-sm underline">Data table: endorsements per week</summary>
        <table className="admin-table mt-2 max-w-xl">
          <thead>
            <tr>
              <th scope="col">Week of</th>
              <th scope="col">Submitted</th>
              <th scope="col">Approved</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.week.toISOString()}>
                <th scope="row" className="font-normal">
                  {dayMonth.format(w.week)}
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
