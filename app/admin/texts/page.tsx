import type { Metadata } from "next";
import Link from "next/link";
import { locales } from "@/i18n/routing";
import { campaignPages } from "@/lib/content/campaign-texts";
import { type TextStatus, translationStatus } from "@/lib/content/campaign-texts.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import type { AdminTranslator } from "@/lib/staff/admin-language";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Texts.title") };
}

function statusLabel(t: AdminTranslator, formatDateTime: (date: Date) => string, status: TextStatus) {
  if (status.state === "missing") return t("Texts.state.missing");
  if (status.state === "outdated") return t("Texts.state.outdated", { date: formatDateTime(status.since) });
  return t("Texts.state.current");
}

export default async function TextsAdminPage() {
  await requireStaff("MODERATOR");
  const status = await translationStatus();
  const { t, formatDateTime } = await adminTranslations();
  const cell = (locale: string, key: string) =>
    status.find((s) => s.locale === locale)?.texts.find((text) => text.key === key);
  const href = (key: string, locale: string) => `/admin/texts/${encodeURIComponent(key)}/${locale}`;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t("Texts.title")}</h1>
      <p className="max-w-3xl">{t("Texts.intro")}</p>
      <section aria-labelledby="status-title">
        <h2 id="status-title" className="text-xl font-semibold">
          {t("Texts.statusTitle")}
        </h2>
        <table className="mt-3 border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className="border-b p-2 text-start">
                {t("Texts.columns.language")}
              </th>
              <th scope="col" className="border-b p-2 text-end">
                {t("Texts.columns.missing")}
              </th>
              <th scope="col" className="border-b p-2 text-end">
                {t("Texts.columns.outdated")}
              </th>
              <th scope="col" className="border-b p-2 text-end">
                {t("Texts.columns.current")}
              </th>
            </tr>
          </thead>
          <tbody>
            {status.map((s) => (
              <tr key={s.locale}>
                <th scope="row" className="border-b p-2 text-start">
                  {s.locale}
                </th>
                <td className="border-b p-2 text-end">{s.missing}</td>
                <td className="border-b p-2 text-end">{s.outdated}</td>
                <td className="border-b p-2 text-end">{s.current}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {campaignPages.map((page) => (
        <section key={page.id} aria-labelledby={`page-${page.id}`}>
          <h2 id={`page-${page.id}`} className="text-xl font-semibold">
            {page.title}
          </h2>
          <table className="mt-3 w-full border-collapse text-sm">
            <thead>
              <tr>
                <th scope="col" className="border-b p-2 text-start">
                  {t("Texts.columns.text")}
                </th>
                {locales.map((locale) => (
                  <th key={locale} scope="col" className="border-b p-2 text-start">
                    {locale}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.keys.map((key) => (
                <tr key={key}>
                  <th scope="row" className="border-b p-2 text-start font-mono font-normal">
                    {key}
                  </th>
                  {locales.map((locale) => {
                    const text = cell(locale, key);
                    return (
                      <td key={locale} className="border-b p-2">
                        <Link href={href(key, locale)} className="underline">
                          {locale === "en"
                            ? t("Texts.edit")
                            : text
                              ? statusLabel(t, formatDateTime, text.status)
                              : t("Texts.edit")}
                          <span className="sr-only">
                            {" "}
                            {key} ({locale})
                          </span>
                        </Link>
                        {text?.hasDraft && <span className="ms-1 text-neutral-700">· {t("Texts.draft")}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}
