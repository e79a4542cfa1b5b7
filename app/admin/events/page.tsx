import type { Metadata } from "next";
import Link from "next/link";
import { ContentList } from "@/components/admin/content-list";
import { Notice } from "@/components/admin/notice";
import { listEventsForAdmin } from "@/lib/content/editor.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Content.events.title") };
}

export default async function EventsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const { locale, t } = await adminTranslations();
  const events = await listEventsForAdmin();
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("Content.events.title")}</h1>
        <Link href="/admin/events/new" className="admin-button">
          {t("Content.events.create")}
        </Link>
      </div>
      <Notice params={await searchParams} texts={{ deleted: t("Content.events.deleted") }} />
      <ContentList
        rows={events.map((event) => ({ ...event, when: event.startsAt }))}
        base="/admin/events"
        publicBase={`/${locale}/events`}
        dateLabel={t("Content.events.date")}
      />
    </div>
  );
}
