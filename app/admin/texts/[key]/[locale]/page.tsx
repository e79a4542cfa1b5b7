import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TextEditorForm } from "@/components/admin/text-editor-form";
import { TextRevisions } from "@/components/admin/text-revisions";
import { directionOf, isLocale } from "@/i18n/routing";
import { formatDateTime } from "@/lib/admin/labels";
import { isCampaignTextKey, maxTextLength, pageOfKey } from "@/lib/content/campaign-texts";
import { campaignTextForEditing } from "@/lib/content/campaign-texts.server";
import { publishDraftAction, saveTextAction } from "@/lib/content/texts/admin-actions";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Edit text" };

const notices: Record<string, string> = {
  saved: "Draft saved. Preview it on its page, then publish it.",
  published: "Published: every page showing this text has been refreshed.",
  restored: "The earlier version is now the draft. Preview it, then publish it.",
};

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
  const { row, source, revisions, status } = await campaignTextForEditing(key, locale);
  const page = pageOfKey(key);
  const baseNumber = row?.latestNumber ?? 0;
  const preview = `/admin/texts/preview?key=${encodeURIComponent(key)}&locale=${locale}`;
  return (
    <div className="grid gap-5">
      <p>
        <Link href="/admin/texts" className="underline">
          All texts and translations
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
          {error === "nodraft"
            ? "There is no draft to publish: it was published or replaced meanwhile. Nothing was done."
            : "This text changed since you opened it: nothing was done. Check the current version below and try again."}
        </p>
      )}
      <p>
        Shown on the {page?.title} page.{" "}
        {row?.publishedAt ? `Published ${formatDateTime(row.publishedAt)}.` : "Not published in this language."}{" "}
        {status?.state === "outdated" && (
          <strong>
            Outdated since {formatDateTime(status.since)}: the English text changed after this translation.
          </strong>
        )}
      </p>
      <div className={source ? "grid gap-6 lg:grid-cols-2" : "grid gap-6"}>
        {source && (
          <section aria-labelledby="source-title">
            <h2 id="source-title" className="font-semibold">
              English source
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
            Edit
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
            Unpublished draft (revision {row.draftNumber})
          </h2>
          <p className="flex flex-wrap gap-3">
            <a href={preview} className="admin-button-secondary">
              Preview on its page
            </a>
          </p>
          <form action={publishDraftAction}>
            <input type="hidden" name="key" value={key} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="baseNumber" value={baseNumber} />
            <button type="submit" className="admin-button">
              Publish the draft
            </button>
          </form>
          <p className="text-sm text-neutral-700">
            The preview shows your drafts on the public pages in this browser until you{" "}
            <a href="/admin/texts/preview?end=1" className="underline">
              end the preview
            </a>
            .
          </p>
        </section>
      )}
      <TextRevisions textKey={key} locale={locale} baseNumber={baseNumber} revisions={revisions} />
    </div>
  );
}
