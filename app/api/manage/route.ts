import { NextResponse } from "next/server";
import { isLocale } from "@/i18n/routing";
import { startManageSession } from "@/lib/security/manage-session.server";
import { redeemToken } from "@/lib/security/tokens.server";

// The emailed manage link: uses up its single-use token, opens an hour-long signed session and
// sends the browser on to the manage page without the token in the address.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const localeParam = url.searchParams.get("locale") ?? "en";
  const locale = isLocale(localeParam) ? localeParam : "en";
  const id = await redeemToken(url.searchParams.get("token") ?? "", "MANAGE");
  if (id) await startManageSession(id);
  const target = new URL(`/${locale}/endorse/manage${id ? "" : "?expired=1"}`, url);
  return NextResponse.redirect(target, 303);
}
