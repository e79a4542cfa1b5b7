import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TextEditorForm } from "@/components/admin/text-editor-form";
import { TextRevisions } from "@/components/admin/text-revisions";
import { directionOf, isLocale } from "@/i18n/routing";
import { isCampaignTextKey, maxTextLength, pageOfKey } from "@/lib/content/campaign-texts";
import { campaignTextForEditing } from "@/lib/content/campaign-texts.server";
import { publishDraftAction, saveTextAction } from "@/lib/content/texts/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Texts.editTitle") };
}

type Props = {
  params: Promise<{ key: string; locale: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
};

export default async function TextEditorPage({ params, searchParams }: Props) {
  await requireStaff("MODERATOR");
  const { key: rawKey, locale } = await params;
  const key = decodeURIComponent(rawKey);
  if (!isCampaignTextKey(key) || !isLocale(locale)) notFound();
  const { done, error } = await searchParams;
  const { t, formatDateTime } = await adminTranslations();
  const notices: Record<string, string> = {
    saved: t("Texts.notices.saved"),
    published: t("Texts.notices.published"),
    restored: t("Texts.notices.restored"),
  };
  const { row, source, revisions, status } = await campaignTextForEditing(key, locale);
  const page = pageOfKey(key);
  const baseNumber = row?.latestNumber ?? 0;
  const preview = `/admin/texts/preview?key=${encodeURIComponent(key)}&locale=${locale}`;
  return (
    <div className="grid gap-5">
      <p>
        <Link href="/admin/texts" className="underline">
          {t("Texts.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        <span className="font-mono">{key}</span> ({locale})
      </h1>
      {done && notices[done] && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {notices[done]}
        </p>
      )}
      {error && (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-900">
          {error === "nodraft" ? t("Texts.notices.noDraft") : t("Texts.notices.stale")}
        </p>
      )}
      <p>
        {t("Texts.shownOn", { page: page?.title ?? "" })}{" "}
        {row?.publishedAt ? t("Texts.publishedOn", { date: formatDateTime(row.publishedAt) }) : t("Texts.notPublished")}{" "}
        {status?.state === "outdated" && (
          <strong>{t("Texts.outdatedSince", { date: formatDateTime(status.since) })}</strong>
        )}
      </p>
      <div className={source ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
        {source && (
          <section aria-labelledby="source-title">
            <h2 id="source-title" className="font-semibold">
              {t("Texts.source")}
            </h2>
            <p
              lang="en"
              dir="ltr"
              className="mt-3 whitespace-pre-wrap rounded border border-neutral-300 bg-neutral-50 p-3"
            >
              {source.publishedText ?? "—"}
            </p>
          </section>
        )}
        <section aria-labelledby="edit-title">
          <h2 id="edit-title" className="sr-only">
            {t("Texts.editHeading")}
          </h2>
          <TextEditorForm
            action={saveTextAction}
            textKey={key}
            locale={locale}
            baseNumber={baseNumber}
            text={row?.draftText ?? row?.publishedText ?? ""}
            dir={directionOf(locale)}
            maxLength={maxTextLength}
          />
        </section>
      </div>
      {row?.draftText !== null && row?.draftText !== undefined && (
        <section aria-labelledby="draft-title" className="grid gap-3 rounded border border-amber-600 p-4">
          <h2 id="draft-title" className="font-semibold">
            {t("Texts.draftTitle", { number: row.draftNumber ?? 0 })}
          </h2>
          <p className="flex flex-wrap gap-3">
            <a href={preview} className="admin-button-secondary">
              {t("Texts.preview")}
            </a>
          </p>
          <form action={publishDraftAction}>
            <input type="hidden" name="key" value={key} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="baseNumber" value={baseNumber} />
            <button type="submit" className="admin-button">
              {t("Texts.publishDraft")}
            </button>
          </form>
          <p className="text-sm text-neutral-700">
            {t.rich("Texts.previewHint", {
              end: (chunks) => (
                <a href="/admin/texts/preview?end=1" className="underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
        </section>
      )}
      <TextRevisions textKey={key} locale={locale} baseNumber={baseNumber} revisions={revisions} />
    </div>
  );
}
