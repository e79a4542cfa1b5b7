import "server-only";
import { createTranslator } from "use-intl/core";
import { adminCatalogues } from "./admin-language";
import { currentStaff } from "./session.server";

/** The admin's words in the signed-in staff member's language (English before sign-in). */
export async function adminTranslations() {
  const locale = (await currentStaff())?.adminLocale ?? "en";
  return { locale, t: createTranslator({ locale, messages: adminCatalogues[locale] }) };
}
