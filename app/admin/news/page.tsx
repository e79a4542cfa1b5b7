import type { Metadata } from "next";
import Link from "next/link";
import { ContentList } from "@/components/admin/content-list";
import { Notice } from "@/components/admin/notice";
import { listNewsForAdmin } from "@/lib/content/editor.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "News" };

export default async function NewsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const items = await listNewsForAdmin();
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">News</h1>
        <Link href="/admin/news/new" className="admin-button">
          Write a news item
        </Link>
      </div>
      <Notice params={await searchParams} texts={{ deleted: "News item deleted." }} />
      <ContentList
        rows={items.map((item) => ({ ...item, when: item.publishedAt }))}
        base="/admin/news"
        publicBase="/en/news"
        dateLabel="Publication"
      />
    </div>
  );
}
