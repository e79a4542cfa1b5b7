import { badgeHeaders, badgeSvg } from "@/lib/brand/badge";
import { verifiedDomainOf } from "@/lib/endorsements/wall.server";

// An endorser's own badge (/badge/<slug>.svg): the generic one, with "verified domain" when it is.
// Any other name still answers the generic badge, so a website's embed never shows a broken image.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const slug = /^([\p{L}\p{N}-]{1,80})\.svg$/u.exec(safeDecode(file))?.[1];
  const domain = slug ? await verifiedDomainOf(slug) : null;
  return new Response(badgeSvg(domain), { headers: { ...badgeHeaders, "Cache-Control": "public, max-age=3600" } });
}

function safeDecode(text: string) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
