import { NextResponse } from "next/server";
import { isLocale } from "@/i18n/routing";
import { personalDataExport } from "@/lib/endorsements/manage.server";
import { env } from "@/lib/env.server";
import { manageSessionEndorsementId } from "@/lib/security/manage-session.server";

// "Your data, on request": everything held about the endorsement this browser's manage session
// opened, as a JSON download. Without a session it goes back to the manage page, which explains.
export async function GET(request: Request) {
  const id = await manageSessionEndorsementId();
  const data = id ? await personalDataExport(id) : null;
  if (!data) {
    const localeParam = new URL(request.url).searchParams.get("locale") ?? "en";
    const locale = isLocale(localeParam) ? localeParam : "en";
    return NextResponse.redirect(new URL(`/${locale}/endorse/manage?expired=1`, env().SITE_URL), 303);
  }
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="we-are-ale-endorsement-${data.exportedAt.slice(0, 10)}.json"`,
      "Cache-Control": "private, no-store",
    },
  });
}
