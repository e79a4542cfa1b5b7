import { locales } from "@/i18n/routing";
import { publicPaths } from "@/lib/i18n/paths";

/** Every kind of public page: the fixed ones plus one seeded article and event. */
export const publicPages = [
  ...Object.values(publicPaths),
  "/news/join-the-unesco-global-network-of-learning-cities",
  "/events/global-campaign-kick-off",
];

export const everyPublicUrl = locales.flatMap((locale) => publicPages.map((path) => `/${locale}${path}`));
