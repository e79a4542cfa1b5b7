import type { Locale } from "../../i18n/routing";
import ar from "../../messages/ar.json";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import ru from "../../messages/ru.json";
import zh from "../../messages/zh.json";

export type Messages = typeof en;

/**
 * Every locale's messages, for code that renders outside a page request (emails, the proxy's 503 page).
 * Pages load theirs through i18n/request.ts. The parity test keeps each file's shape equal to English.
 */
export const catalogues: Record<Locale, Messages> = { en, fr, es, ar, zh, ru };
