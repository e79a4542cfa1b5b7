import Link from "next/link";
import { formatDateTime } from "@/lib/admin/labels";

type Row = {
  id: string;
  slug: string;
  status: string;
  when: Date | null;
  translations: { locale: string; title: string }[];
};

/** News items or events with their status, date and the languages they exist in. */
export function ContentList({
  rows,
  base,
  publicBase,
  dateLabel,
}: {
  rows: Row[];
  base: string;
  publicBase: string;
  dateLabel: string;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">{dateLabel}</th>
            <th scope="col">Languages</th>
            <th scope="col">On the site</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = (row.translations.find((t) => t.locale === "en") ?? row.translations[0])?.title ?? row.slug;
            return (
              <tr key={row.id}>
                <td>
                  <Link href={`${base}/${row.id}`} className="admin-link font-medium">
                    {title}
                  </Link>
                </td>
                <td>{row.status === "PUBLISHED" ? "Published" : "Draft"}</td>
                <td>{formatDateTime(row.when)}</td>
                <td>{row.translations.map((t) => t.locale).join(", ")}</td>
                <td>
                  {row.status === "PUBLISHED" && (
                    <a href={`${publicBase}/${row.slug}`} className="admin-link">
                      View
                    </a>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
