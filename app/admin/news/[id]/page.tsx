import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { newsFields } from "@/components/admin/content-fields";
import { DeleteContent } from "@/components/admin/delete-content";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { saveNewsAction } from "@/lib/content/admin-actions";
import { getNewsForAdmin } from "@/lib/content/editor.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Edit news" };

export default async function EditNewsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const { id } = await params;
  const item = id === "new" ? null : /^[a-z0-9]{20,40}$/.test(id) ? await getNewsForAdmin(id) : null;
  if (id !== "new" && !item) notFound();
  const title = item?.translations.find((t) => t.locale === "en")?.title ?? item?.translations[0]?.title;
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/admin/news" className="admin-link">
          ← All news
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{item ? `Edit: ${title}` : "Write a news item"}</h1>
      <Notice
        params={await searchParams}
        texts={{
          saved: "Saved. Published changes are on the public site within a minute.",
          "error:confirm": "Tick the box to confirm the deletion.",
        }}
      />
      {item?.status === "PUBLISHED" && (
        <p>
          <a href={`/en/news/${item.slug}`} className="admin-link">
            See it on the site
          </a>
        </p>
      )}
      {item?.coverImage && (
        // biome-ignore lint/performance/noImgElement: processed image served by our own route
        <img src={`/media/${item.coverImage.sha256}`} alt="Current cover" className="max-h-40 w-auto" />
      )}
      <EditorForm
        action={saveNewsAction}
        fields={newsFields(item ?? undefined)}
        hidden={item ? { id: item.id } : undefined}
        submitLabel={item ? "Save" : "Create"}
      />
      {item && <DeleteContent id={item.id} kind="news" title={title ?? item.slug} />}
    </div>
  );
}
