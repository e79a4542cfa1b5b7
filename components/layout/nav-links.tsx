"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

type Item = { href: string; label: string };

/** Main navigation; marks the current section for assistive technology. */
export function NavLinks({ items, className }: { items: Item[]; className?: string }) {
  const pathname = usePathname();
  return (
    <ul className={className}>
      {items.map((item) => {
        const current =
          pathname === item.href || (item.href.split("/").length > 2 && pathname.startsWith(`${item.href}/`));
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              prefetch={false}
              aria-current={current ? "page" : undefined}
              className="block rounded px-2 py-2 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
