import Link from "next/link";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

type Row = {
  id: string;
  slug: string;
  status: string;
  when: Date | null;
  translations: { locale: string; title: string }[];
};

/** News items or events with their status, date and the languages they exist in. */
export async function ContentList({
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
  const { t, formatDateTime } = await adminTranslations();
  return (
    <div className="overflow-x-auto">
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("Content.list.title")}</th>
            <th scope="col">{t("Content.list.status")}</th>
            <th scope="col">{dateLabel}</th>
            <th scope="col">{t("Content.list.languages")}</th>
            <th scope="col">{t("Content.list.onSite")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title =
              (row.translations.find((version) => version.locale === "en") ?? row.translations[0])?.title ?? row.slug;
            return (
              <tr key={row.id}>
                <td>
                  <Link href={`${base}/${row.id}`} className="admin-link font-medium">
                    {title}
                  </Link>
                </td>
                <td>{row.status === "PUBLISHED" ? t("Content.list.published") : t("Content.list.draft")}</td>
                <td>{formatDateTime(row.when)}</td>
                <td>{row.translations.map((version) => version.locale).join(", ")}</td>
                <td>
                  {row.status === "PUBLISHED" && (
                    <a href={`${publicBase}/${row.slug}`} className="admin-link">
                      {t("Content.list.view")}
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
