import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { isLocale } from "@/i18n/routing";
import { pageOfKey } from "@/lib/content/campaign-texts";
import { requireStaff } from "@/lib/staff/session.server";

/**
 * Shows a text's page with the drafts (Next draft mode: a cookie for this browser that makes the
 * public pages render per request, with drafts for signed-in staff only), or ends the preview.
 */
export async function GET(request: Request) {
  await requireStaff("MODERATOR");
  const params = new URL(request.url).searchParams;
  if (params.get("end")) {
    (await draftMode()).disable();
    redirect("/admin/texts");
  }
  const locale = params.get("locale") ?? "";
  const page = pageOfKey(params.get("key") ?? "");
  if (!page || !isLocale(locale)) return new Response("No such text.", { status: 404 });
  (await draftMode()).enable();
  redirect(`/${locale}${page.path}`);
}
