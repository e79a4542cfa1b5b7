import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Locale detection on "/" and locale-prefixed URLs for every public page.
export default createMiddleware(routing);

export const config = {
  matcher: ["/((?!api|admin|media|_next|_vercel|.*\\..*).*)"],
};
