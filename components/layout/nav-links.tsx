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
              className="block rounded-md px-2.5 py-2 font-medium text-neutral-800 underline-offset-8 hover:text-brand hover:underline aria-[current=page]:font-bold aria-[current=page]:text-brand aria-[current=page]:underline aria-[current=page]:decoration-accent aria-[current=page]:decoration-[3px]"
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
