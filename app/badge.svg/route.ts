import { wordmark } from "@/lib/brand/logo";

export const dynamic = "force-static";

// The badge endorsers put on their websites: the wordmark and "We endorse #weareALE".
export function GET() {
  const stroke = `fill="none" stroke-width="${wordmark.strokeWidth}" stroke-linecap="round" stroke-linejoin="round"`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 520 176" width="260" height="88" role="img" aria-label="We endorse #weareALE">
<title>We endorse #weareALE</title>
<rect width="520" height="176" rx="20" fill="#06392e"/>
<g transform="translate(30 18)" ${stroke}><path d="${wordmark.we}" stroke="#fff"/><path d="${wordmark.are}" stroke="#fff"/><path d="${wordmark.ale}" stroke="#f2b705"/></g>
<text x="260" y="152" text-anchor="middle" font-family="system-ui, 'Segoe UI', Arial, sans-serif" font-size="34" font-weight="700" fill="#fff">We endorse #weareALE</text>
</svg>`;
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
