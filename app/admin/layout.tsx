import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { AdminLocaleProvider } from "@/components/admin/admin-locale";
import { fontVariables } from "@/components/brand/fonts";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import "../globals.css";

export const metadata: Metadata = {
  title: { default: "Admin · We are ALE", template: "%s · Admin · We are ALE" },
  robots: { index: false, follow: false },
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = { themeColor: "#0b5d4b", width: "device-width", initialScale: 1 };

// The staff area speaks each staff member's chosen language (decision 019); emails to endorsers stay in theirs.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await adminTranslations();
  return (
    <html lang={locale} dir="ltr" className={fontVariables}>
      <body className="min-h-screen bg-white font-sans text-neutral-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-3 focus:shadow"
        >
          {t("Layout.skipToContent")}
        </a>
        <AdminHeader />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl px-4 py-6">
          <AdminLocaleProvider locale={locale}>{children}</AdminLocaleProvider>
        </main>
      </body>
    </html>
  );
}
