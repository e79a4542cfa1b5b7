import { hashtag } from "../content/campaign-facts";

/** Share links for the common networks; each opens the network's own share page. */
export function shareLinks(url: string, text: string) {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(`${text} ${hashtag}`);
  return [
    { network: "X", href: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: "Facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: "LinkedIn", href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { network: "WhatsApp", href: `https://wa.me/?text=${t}%20${u}` },
    { network: "Telegram", href: `https://t.me/share/url?url=${u}&text=${t}` },
    { network: "Email", href: `mailto:?subject=${t}&body=${u}` },
  ];
}

/** The endorser's own badge: it says "verified domain" when theirs is. */
export const badgePath = (slug: string) => `/badge/${encodeURIComponent(slug)}.svg`;

export function badgeSnippet(siteUrl: string, pageUrl: string, slug: string) {
  return `<a href="${pageUrl}"><img src="${siteUrl}${badgePath(slug)}" alt="We endorse #weareALE" width="260" height="88"></a>`;
}
