"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { type AdminLocale, adminTranslator } from "@/lib/staff/admin-language";

// The staff member's language for the admin's client components (forms), set once by the admin layout.
const AdminLocaleContext = createContext<AdminLocale>("en");

export function AdminLocaleProvider({ locale, children }: { locale: AdminLocale; children: ReactNode }) {
  return <AdminLocaleContext value={locale}>{children}</AdminLocaleContext>;
}

export function useAdminTranslations() {
  const locale = useContext(AdminLocaleContext);
  return useMemo(() => ({ locale, t: adminTranslator(locale) }), [locale]);
}
