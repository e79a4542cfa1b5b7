import Link from "next/link";
import { signOutAction } from "@/lib/staff/admin-actions";
import { currentStaff } from "@/lib/staff/session.server";

const links = [
  { href: "/admin", label: "Dashboard" },
  { href: "/admin/endorsements", label: "Endorsements" },
  { href: "/admin/news", label: "News" },
  { href: "/admin/events", label: "Events" },
  { href: "/admin/texts", label: "Texts" },
  { href: "/admin/updates", label: "Updates" },
  { href: "/admin/partners", label: "Partners", adminOnly: true },
  { href: "/admin/audit", label: "Audit log" },
  { href: "/admin/mail", label: "Mail queue" },
  { href: "/admin/staff", label: "Staff", adminOnly: true },
  { href: "/admin/settings", label: "Settings", adminOnly: true },
];

/** The staff bar: links for what the signed-in role may use (the pages check again on the server). */
export async function AdminHeader() {
  const staff = await currentStaff();
  return (
    <header className="bg-brand-dark text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={staff ? "/admin" : "/admin/sign-in"} className="font-bold">
          We are ALE · Admin
        </Link>
        {staff && (
          <nav aria-label="Admin" className="flex-1">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links
                .filter((link) => !link.adminOnly || staff.role === "ADMIN")
                .map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="underline-offset-4 hover:underline">
                      {link.label}
                    </Link>
                  </li>
                ))}
            </ul>
          </nav>
        )}
        {staff && (
          <div className="flex items-center gap-3 text-sm">
            <Link href="/admin/account" className="underline underline-offset-4">
              {staff.name} ({staff.role === "ADMIN" ? "admin" : "moderator"})
            </Link>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-white px-2 py-1">
                Sign out
              </button>
            </form>
          </div>
        )}
      </div>
    </header>
  );
}
