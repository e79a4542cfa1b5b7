import type { Metadata } from "next";
import Link from "next/link";
import { locales } from "@/i18n/routing";
import { formatDateTime } from "@/lib/admin/labels";
import { campaignPages } from "@/lib/content/campaign-texts";
import { type TextStatus, translationStatus } from "@/lib/content/campaign-texts.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Texts and translations" };

function statusLabel(status: TextStatus) {
  if (status.state === "missing") return "missing";
  if (status.state === "outdated") return `outdated since ${formatDateTime(status.since)}`;
  return "up to date";
}

export default async function TextsAdminPage() {
  await requireStaff("MODERATOR");
  const status = await translationStatus();
  const cell = (locale: string, key: string) =>
    status.find((s) => s.locale === locale)?.texts.find((t) => t.key === key);
  const href = (key: string, locale: string) => `/admin/texts/${encodeURIComponent(key)}/${locale}`;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">Texts and translations</h1>
      <p className="max-w-3xl">
        The campaign&apos;s words on the public pages, in every language. Edit a text, preview it on its page, then
        publish it: published texts show at once on every page. A translation is outdated when its English text was
        published again after it.
      </p>
      <section aria-labelledby="status-title">
        <h2 id="status-title" className="text-xl font-semibold">
          Translation status
        </h2>
        <table className="mt-3 border-collapse text-sm">
          <thead>
            <tr>
              <th scope="col" className="border-b p-2 text-start">
                Language
              </th>
              <th scope="col" className="border-b p-2 text-end">
                Missing
              </th>
              <th scope="col" className="border-b p-2 text-end">
                Outdated
              </th>
              <th scope="col" className="border-b p-2 text-end">
                Up to date
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
                  Text
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
                          {locale === "en" ? "edit" : text ? statusLabel(text.status) : "edit"}
                          <span className="sr-only">
                            {" "}
                            {key} ({locale})
                          </span>
                        </Link>
                        {text?.hasDraft && <span className="ms-1 text-neutral-700">· draft</span>}
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
