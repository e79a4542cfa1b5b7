import type { Metadata } from "next";
import { ContentEditor } from "@/components/admin/content-editor";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Edit an event" };

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  return <ContentEditor kind="event" id={(await params).id} params={await searchParams} />;
}
