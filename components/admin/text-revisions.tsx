import { wordDiff } from "@/lib/content/campaign-texts";
import { restoreRevisionAction } from "@/lib/content/texts/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

type Revision = {
  number: number;
  text: string;
  createdAt: Date;
  publishedAt: Date | null;
  author: { name: string; email: string } | null;
};

/** A text's revisions, newest first, each compared word by word with the one before, with restore. */
export async function TextRevisions({
  textKey,
  locale,
  baseNumber,
  revisions,
}: {
  textKey: string;
  locale: string;
  baseNumber: number;
  revisions: Revision[];
}) {
  const { t, formatDateTime } = await adminTranslations();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title" className="text-xl font-semibold">
        {t("Texts.history.title")}
      </h2>
      <ol className="mt-3 grid gap-4">
        {revisions.map((revision, index) => {
          const previous = revisions[index + 1];
          return (
            <li key={revision.number} className="rounded border border-neutral-300 p-3">
              <p className="text-sm">
                <strong>{t("Texts.history.revision", { number: revision.number })}</strong> ·{" "}
                {formatDateTime(revision.createdAt)} ·{" "}
                {revision.author?.name ??
                  (revision.number === 1 ? t("Texts.history.sources") : t("Texts.history.formerStaff"))}{" "}
                · {revision.publishedAt ? t("Texts.history.published") : t("Texts.history.draft")}
              </p>
              <p lang={locale} dir="auto" className="mt-2 whitespace-pre-wrap">
                {previous ? <DiffText before={previous.text} after={revision.text} /> : revision.text}
              </p>
              {revision.number !== baseNumber && (
                <form action={restoreRevisionAction} className="mt-2">
                  <input type="hidden" name="key" value={textKey} />
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="baseNumber" value={baseNumber} />
                  <input type="hidden" name="number" value={revision.number} />
                  <button type="submit" className="admin-button-secondary">
                    {t("Texts.history.restore", { number: revision.number })}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Words removed struck through, words added underlined and tinted; keyed by their place in the text. */
function DiffText({ before, after }: { before: string; after: string }) {
  let offset = 0;
  return wordDiff(before, after).map((part) => {
    const key = `${part.kind}-${offset}`;
    offset += part.text.length;
    if (part.kind === "added")
      return (
        <ins key={key} className="bg-green-100 text-green-900">
          {part.text}
        </ins>
      );
    if (part.kind === "removed")
      return (
        <del key={key} className="bg-red-100 text-red-900">
          {part.text}
        </del>
      );
    return <span key={key}>{part.text}</span>;
  });
}
