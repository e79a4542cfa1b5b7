import { wordmark } from "./logo";

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

/**
 * The badge endorsers put on their websites: the wordmark and "We endorse #weareALE", plus a
 * "verified domain" line when the badge is an endorser's own and their domain was verified.
 */
export function badgeSvg(verifiedDomain: string | null = null) {
  const stroke = `fill="none" stroke-width="${wordmark.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"`;
  const font = `font-family="system-ui, 'Segoe UI', Arial, sans-serif" font-weight="700" fill="#fff"`;
  const label = verifiedDomain ? `We endorse #weareALE (verified domain ${verifiedDomain})` : "We endorse #weareALE";
  const lines = verifiedDomain
    ? `<text x="260" y="140" text-anchor="middle" ${font} font-size="30">We endorse #weareALE</text>
<text x="260" y="166" text-anchor="middle" ${font} font-size="18" fill="#f2b705">✓ verified domain ${escapeXml(verifiedDomain)}</text>`
    : `<text x="260" y="152" text-anchor="middle" ${font} font-size="34">We endorse #weareALE</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 520 176" width="260" height="88" role="img" aria-label="${escapeXml(label)}">
<title>${escapeXml(label)}</title>
<rect width="520" height="176" rx="20" fill="#06392e"/>
<g transform="translate(30 18)" ${stroke}><path d="${wordmark.we}" stroke="#fff"/><path d="${wordmark.are}" stroke="#fff"/><path d="${wordmark.ale}" stroke="#f2b705"/></g>
${lines}
</svg>`;
}

export const badgeHeaders = {
  "Content-Type": "image/svg+xml",
  "X-Content-Type-Options": "nosniff",
};
