import type { Bar } from "@/lib/admin/dashboard.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

/**
 * A horizontal bar chart as SVG: the picture is labelled for screen readers, and the same numbers
 * are in a real table right below it (the accessible alternative, and handy to copy).
 */
export async function BarChart({
  id,
  title,
  bars,
  unit = "",
}: {
  id: string;
  title: string;
  bars: Bar[];
  unit?: string;
}) {
  const { locale, t, formatNumber } = await adminTranslations();
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rowHeight = 26;
  const labelWidth = 210;
  const width = 560;
  const barSpace = width - labelWidth - 60;
  const height = bars.length * rowHeight + 8;
  const total = bars.reduce((sum, bar) => sum + bar.value, 0);
  return (
    <figure className="grid gap-2">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="w-full max-w-xl"
        role="img"
        aria-labelledby={`${id}-svg-title ${id}-desc`}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-desc`}>{bars.map((bar) => `${bar.label}: ${formatNumber(bar.value)}${unit}`).join("; ")}</desc>
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4;
          const barWidth = Math.round((bar.value / max) * barSpace);
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="12" fill="#262626">
                {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
              </text>
              <rect x={labelWidth} y={y + 2} width={Math.max(barWidth, 1)} height={rowHeight - 8} fill="#0b5d4b" />
              <text x={labelWidth + barWidth + 6} y={y + 15} fontSize="12" fill="#262626">
                {formatNumber(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <details>
        <summary className="cursor-pointer text-sm underline">
          {t("Charts.dataTable", { title: title.toLocaleLowerCase(locale) })}
        </summary>
        <table className="admin-table mt-2 max-w-xl">
          <thead>
            <tr>
              <th scope="col">{t("Charts.item")}</th>
              <th scope="col">{t("Charts.count")}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.label}>
                <th scope="row" className="font-normal">
                  {bar.label}
                </th>
                <td>{formatNumber(bar.value)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t("Charts.total")}</th>
              <td>{formatNumber(total)}</td>
            </tr>
          </tbody>
        </table>
      </details>
    </figure>
  );
}
