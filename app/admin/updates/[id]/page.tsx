import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { updateFields } from "@/components/admin/update-fields";
import { formatDateTime } from "@/lib/admin/labels";
import { getActionTitles } from "@/lib/content/campaign.server";
import { idPattern } from "@/lib/ids";
import { requireStaff } from "@/lib/staff/session.server";
import {
  newsFromUpdateAction,
  saveUpdateAction,
  sendUpdateAction,
  testUpdateAction,
} from "@/lib/updates/admin-actions";
import { audienceOf, countRecipients, getUpdate, markdownHtml } from "@/lib/updates/updates.server";

export const metadata: Metadata = { title: "Campaign update" };
export const dynamic = "force-dynamic";

const notices = {
  saved: "Saved as a draft. Check the preview, send yourself a test, then send it.",
  tested: "Sent you {n} test emails (one per language), through the mail queue.",
  sent: "Queued for {n} endorsers; the mail queue sends them at the configured pace.",
  "error:confirm": "Not sent: tick the box to confirm first.",
  "error:already-sent": "It was already sent (perhaps by a colleague); nothing was sent twice.",
  "error:not-sent": "Only a sent update can become a news item.",
};

export default async function UpdatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR");
  const { id } = await params;
  const actions = await getActionTitles("en");
  const update = id === "new" ? null : idPattern.test(id) ? await getUpdate(id) : null;
  if (id !== "new" && !update) notFound();
  const audience = update ? audienceOf(update.audience) : undefined;
  const recipients = audience ? await countRecipients(audience) : 0;
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/admin/updates" className="admin-link">
          ← All updates
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{update ? "Campaign update" : "Write a campaign update"}</h1>
      <Notice params={await searchParams} texts={notices} />
      {update?.sentAt && (
        <p>
          Sent {formatDateTime(update.sentAt)} by {update.sentBy?.email ?? "a former staff member"} to{" "}
          {update.recipientCount} endorsers. Delivery is counted on the list of updates.
        </p>
      )}
      {update?.sentAt &&
        (update.newsItemId ? (
          <p>
            <Link href={`/admin/news/${update.newsItemId}`} className="admin-link">
              Its news item
            </Link>
          </p>
        ) : (
          <form action={newsFromUpdateAction}>
            <input type="hidden" name="id" value={update.id} />
            <button type="submit" className="admin-button-secondary">
              Make a news item from it (a draft to finish and publish)
            </button>
          </form>
        ))}
      {update && (
        <section aria-labelledby="preview" className="grid gap-4">
          <h2 id="preview" className="text-lg font-semibold">
            Preview
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
            Send
          </h2>
          <p>
            The audience is <strong>{recipients}</strong> approved endorser{recipients === 1 ? "" : "s"} who agreed to
            campaign updates.
          </p>
          <form action={testUpdateAction}>
            <input type="hidden" name="id" value={update.id} />
            <button type="submit" className="admin-button-secondary">
              Send a test to me ({staff.email})
            </button>
          </form>
          {staff.role === "ADMIN" ? (
            <form action={sendUpdateAction} className="grid gap-2">
              <input type="hidden" name="id" value={update.id} />
              <div className="flex items-start gap-2">
                <input id="confirm-send" name="confirm" type="checkbox" className="mt-1 size-5" />
                <label htmlFor="confirm-send">
                  I checked the preview and the test; send it to {recipients} endorsers
                </label>
              </div>
              <div>
                <button type="submit" className="admin-button">
                  Send the update
                </button>
              </div>
            </form>
          ) : (
            <p>An admin sends it.</p>
          )}
        </section>
      )}
      {!update?.sentAt && (
        <section aria-labelledby="write" className="grid gap-3">
          <h2 id="write" className="text-lg font-semibold">
            {update ? "Edit" : "Text and audience"}
          </h2>
          <p className="text-sm text-neutral-700">
            Markdown: **bold**, [a link](https://example.org), lists with “- ”. HTML is shown as typed, never run.
          </p>
          <EditorForm
            action={saveUpdateAction}
            hidden={update ? { id: update.id } : undefined}
            submitLabel="Save the draft"
            fields={updateFields(
              actions,
              update && audience ? { translations: update.translations, audience } : undefined,
            )}
          />
        </section>
      )}
    </div>
  );
}
