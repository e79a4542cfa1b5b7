import { shareLinks } from "@/lib/endorsements/share";

/** Plain links to each network's own share page: no third-party script, works without JavaScript. */
export function ShareLinks({ url, text }: { url: string; text: string }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-3">
      {shareLinks(url, text).map((link) => (
        <li key={link.network}>
          <a
            href={link.href}
            rel="noopener"
            className="inline-block rounded-full border-2 border-brand px-4 py-2 font-semibold text-brand"
          >
            {link.network}
          </a>
        </li>
      ))}
    </ul>
  );
}
