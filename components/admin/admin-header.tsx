import Link from "next/link";
import { signOutAction } from "@/lib/staff/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import type { AdminMessages } from "@/lib/staff/admin-language";
import { currentStaff } from "@/lib/staff/session.server";

type NavKey = keyof AdminMessages["Header"]["nav"];

const links: { href: string; label: NavKey; adminOnly?: boolean }[] = [
  { href: "/admin", label: "dashboard" },
  { href: "/admin/endorsements", label: "endorsements" },
  { href: "/admin/news", label: "news" },
  { href: "/admin/events", label: "events" },
  { href: "/admin/texts", label: "texts" },
  { href: "/admin/key-messages", label: "keyMessages" },
  { href: "/admin/updates", label: "updates" },
  { href: "/admin/partners", label: "partners", adminOnly: true },
  { href: "/admin/audit", label: "audit" },
  { href: "/admin/mail", label: "mail" },
  { href: "/admin/staff", label: "staff", adminOnly: true },
  { href: "/admin/settings", label: "settings", adminOnly: true },
];

/** The staff bar: links for what the signed-in role may use (the pages check again on the server). */
export async function AdminHeader() {
  const staff = await currentStaff();
  const { t } = await adminTranslations();
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={staff ? "/admin" : "/admin/sign-in"} className="font-bold">
          {t("Header.home")}
        </Link>
        {staff && (
          <nav aria-label={t("Header.navigation")} className="flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links
                .filter((link) => !link.adminOnly || staff.role === "ADMIN")
                .map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="underline-offset-4 hover:underline">
                      {t(`Header.nav.${link.label}`)}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        {staff && (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/admin/account" className="underline underline-offset-4">
              {t("Header.account", { name: staff.name, role: t(`Header.roles.${staff.role}`) })}
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white px-2 py-1">
                {t("Header.signOut")}
              </button>
            </form>
          </div>
        )}
      </div>
    </header>
  );
}
