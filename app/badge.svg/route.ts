import { badgeHeaders, badgeSvg } from "@/lib/brand/badge";

export const dynamic = "force-static";

// The generic badge; each endorser also has their own at /badge/<slug>.svg.
export function GET() {
  return new Response(badgeSvg(), { headers: { ...badgeHeaders, "Cache-Control": "public, max-age=86400" } });
}
