import type { Metadata } from "next";
import Link from "next/link";
import { ContentList } from "@/components/admin/content-list";
import { Notice } from "@/components/admin/notice";
import { listNewsForAdmin } from "@/lib/content/editor.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Content.news.title") };
}

export default async function NewsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const { locale, t } = await adminTranslations();
  const items = await listNewsForAdmin();
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("Content.news.title")}</h1>
        <Link href="/admin/news/new" className="admin-button">
          {t("Content.news.create")}
        </Link>
      </div>
      <Notice params={await searchParams} texts={{ deleted: t("Content.news.deleted") }} />
      <ContentList
        rows={items.map((item) => ({ ...item, when: item.publishedAt }))}
        base="/admin/news"
        publicBase={`/${locale}/news`}
        dateLabel={t("Content.news.date")}
      />
    </div>
  );
}
