import { getRequestConfig } from "next-intl/server";
import { isLocale, routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = requested && isLocale(requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Named, so next-intl does not build an Intl.DateTimeFormat on every request to find the
    // server's zone (~0.2 ms each, measured on the form's posts); dates are written in UTC anyway.
    timeZone: "UTC",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
