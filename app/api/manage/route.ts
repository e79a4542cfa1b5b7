import { NextResponse } from "next/server";
import { isLocale } from "@/i18n/routing";
import { env } from "@/lib/env.server";
import { startManageSession } from "@/lib/security/manage-session.server";
import { redeemToken } from "@/lib/security/tokens.server";

// The emailed manage link: uses up its single-use token, opens an hour-long signed session and
// sends the browser on to the manage page without the token in the address. The target is built
// from SITE_URL: behind a TLS proxy, request.url says http://localhost:3000.
export async function GET(request: Request) {
  const url = new URL(request.url);
  const localeParam = url.searchParams.get("locale") ?? "en";
  const locale = isLocale(localeParam) ? localeParam : "en";
  const id = await redeemToken(url.searchParams.get("token") ?? "", "MANAGE");
  if (id) await startManageSession(id);
  const target = new URL(`/${locale}/endorse/manage${id ? "" : "?expired=1"}`, env().SITE_URL);
  return NextResponse.redirect(target, 303);
}
