import "server-only";
import { headers } from "next/headers";
import { adminFormats } from "../admin/labels";
import { adminTranslator, negotiateAdminLocale } from "./admin-language";
import { currentStaff } from "./session.server";

/**
 * The admin's words, dates and numbers in the signed-in staff member's language; before sign-in,
 * the browser's (Accept-Language among en, fr, es), else English.
 */
export async function adminTranslations() {
  const staff = await currentStaff();
  const locale = staff?.adminLocale ?? negotiateAdminLocale((await headers()).get("accept-language"));
  return { locale, t: adminTranslator(locale), ...adminFormats(locale) };
}
