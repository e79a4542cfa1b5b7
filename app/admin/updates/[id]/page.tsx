import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { updateFields } from "@/components/admin/update-fields";
import { getActionTitles } from "@/lib/content/campaign.server";
import { idPattern } from "@/lib/ids";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";
import {
  newsFromUpdateAction,
  saveUpdateAction,
  sendUpdateAction,
  testUpdateAction,
} from "@/lib/updates/admin-actions";
import { audienceOf, countRecipients, getUpdate, markdownHtml } from "@/lib/updates/updates.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Updates.one") };
}
export const dynamic = "force-dynamic";

export default async function UpdatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR");
  const { id } = await params;
  const { locale, t, formatDateTime } = await adminTranslations();
  const actions = await getActionTitles(locale);
  const query = await searchParams;
  const n = Number(query.n ?? 0);
  const notices = {
    saved: t("Updates.notices.saved"),
    tested: t("Updates.notices.tested", { n }),
    sent: t("Updates.notices.sent", { n }),
    "error:confirm": t("Updates.notices.confirm"),
    "error:already-sent": t("Updates.notices.alreadySent"),
    "error:not-sent": t("Updates.notices.notSent"),
  };
  const update = id === "new" ? null : idPattern.test(id) ? await getUpdate(id) : null;
  if (id !== "new" && !update) notFound();
  const audience = update ? audienceOf(update.audience) : undefined;
  const recipients = audience ? await countRecipients(audience) : 0;
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/admin/updates" className="admin-link">
          {t("Updates.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{update ? t("Updates.one") : t("Updates.writeTitle")}</h1>
      <Notice params={query} texts={notices} />
      {update?.sentAt && (
        <p>
          {t("Updates.sentBy", {
            date: formatDateTime(update.sentAt),
            email: update.sentBy?.email ?? t("Updates.formerStaff"),
            count: update.recipientCount,
          })}
        </p>
      )}
      {update?.sentAt &&
        (update.newsItemId ? (
          <p>
            <Link href={`/admin/news/${update.newsItemId}`} className="admin-link">
              {t("Updates.newsItem")}
            </Link>
          </p>
        ) : (
          <form action={newsFromUpdateAction}>
            <input type="hidden" name="id" value={update.id} />
            <button type="submit" className="admin-button-secondary">
              {t("Updates.makeNews")}
            </button>
          </form>
        ))}
      {update && (
        <section aria-labelledby="preview" className="grid gap-4">
          <h2 id="preview" className="text-lg font-semibold">
            {t("Updates.preview")}
          </h2>
          {update.translations.map((translation) => (
            <article key={translation.locale} className="rounded border border-neutral-300 p-4">
              <p className="text-sm text-neutral-700">{translation.locale}</p>
              <h3 className="font-semibold" lang={translation.locale}>
                {translation.subject}
              </h3>
              {/* Exactly the HTML the email carries (micromark escapes raw HTML), so the preview cannot differ. */}
              <div
                className="prose-campaign"
                lang={translation.locale}
                dir="auto"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: micromark's output, raw HTML escaped
                dangerouslySetInnerHTML={{ __html: markdownHtml(translation.body) }}
              />
            </article>
          ))}
        </section>
      )}
      {update && !update.sentAt && (
        <section aria-labelledby="send" className="grid gap-3 rounded border border-neutral-300 p-4">
          <h2 id="send" className="text-lg font-semibold">
            {t("Updates.send")}
          </h2>
          <p>{t.rich("Updates.audience", { count: recipients, strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <form action={testUpdateAction}>
            <input type="hidden" name="id" value={update.id} />
            <button type="submit" className="admin-button-secondary">
              {t("Updates.test", { email: staff.email })}
            </button>
          </form>
          {staff.role === "ADMIN" ? (
            <form action={sendUpdateAction} className="grid gap-2">
              <input type="hidden" name="id" value={update.id} />
              <div className="flex items-start gap-2">
                <input id="confirm-send" name="confirm" type="checkbox" className="mt-1 size-5" />
                <label htmlFor="confirm-send">{t("Updates.confirm", { count: recipients })}</label>
              </div>
              <div>
                <button type="submit" className="admin-button">
                  {t("Updates.sendSubmit")}
                </button>
              </div>
            </form>
          ) : (
            <p>{t("Updates.adminSends")}</p>
          )}
        </section>
      )}
      {!update?.sentAt && (
        <section aria-labelledby="write" className="grid gap-3">
          <h2 id="write" className="text-lg font-semibold">
            {update ? t("Updates.edit") : t("Updates.textAndAudience")}
          </h2>
          <p className="text-sm text-neutral-700">{t("Updates.markdownHint")}</p>
          <EditorForm
            action={saveUpdateAction}
            hidden={update ? { id: update.id } : undefined}
            submitLabel={t("Updates.saveDraft")}
            fields={updateFields(
              t,
              locale,
              actions,
              update && audience ? { translations: update.translations, audience } : undefined,
            )}
          />
        </section>
      )}
    </div>
  );
}
