import "server-only";
import { db } from "../db/client.server";

/** Texts in the visitor's language where translated, otherwise English (marked as such). */
function pickTranslation<T extends { locale: string }>(translations: T[], locale: string) {
  const chosen = translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === "en");
  return chosen ? { ...chosen, isFallback: chosen.locale !== locale } : undefined;
}

export async function getKeyMessages(locale: string) {
  const messages = await db().keyMessage.findMany({
    orderBy: { position: "asc" },
    include: { translations: { where: { locale: { in: [locale, "en"] } } } },
  });
  return messages.flatMap((message) => {
    const text = pickTranslation(message.translations, locale);
    return text ? [{ id: message.id, text: text.text, locale: text.locale }] : [];
  });
}

export async function countPartners() {
  return db().partner.count();
}
