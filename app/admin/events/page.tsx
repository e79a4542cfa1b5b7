import type { Metadata } from "next";
import Link from "next/link";
import { ContentList } from "@/components/admin/content-list";
import { Notice } from "@/components/admin/notice";
import { listEventsForAdmin } from "@/lib/content/editor.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Events" };

export default async function EventsAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const events = await listEventsForAdmin();
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Events</h1>
        <Link href="/admin/events/new" className="admin-button">
          Add an event
        </Link>
      </div>
      <Notice params={await searchParams} texts={{ deleted: "Event deleted." }} />
      <ContentList
        rows={events.map((event) => ({ ...event, when: event.startsAt }))}
        base="/admin/events"
        publicBase="/en/events"
        dateLabel="Starts"
      />
    </div>
  );
}
