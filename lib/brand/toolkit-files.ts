import { locales } from "@/i18n/routing";
import { type LogoVariant, logoVariants } from "./logo";

/** The logo files offered in the toolkit: every language in a light and a dark version. */
export const logoFiles = locales.flatMap((locale) =>
  (Object.keys(logoVariants) as LogoVariant[]).map((variant) => ({
    locale,
    variant,
    svg: `/toolkit/we-are-ale-logo-${locale}-${variant}.svg`,
    png: `/toolkit/we-are-ale-logo-${locale}-${variant}.png`,
  })),
);
