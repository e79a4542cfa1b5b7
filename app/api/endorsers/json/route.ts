import { publicCacheControl } from "@/lib/cache/http-cache";
import { openDataPage } from "@/lib/endorsements/open-data.server";
import { idPattern } from "@/lib/ids";

// Open data: approved endorsers, public fields only, 1,000 a page. Documented in docs/open-data.md.
export async function GET(request: Request) {
  const after = new URL(request.url).searchParams.get("after") ?? undefined;
  if (after !== undefined && !idPattern.test(after)) {
    return Response.json({ error: "after must be a cursor from a previous page" }, { status: 400 });
  }
  const { endorsers, next } = await openDataPage(after);
  const nextUrl = next ? `/api/endorsers/json?after=${next}` : null;
  return Response.json(
    { endorsers, next: nextUrl, licence: "CC BY 4.0", source: "We are ALE" },
    { headers: { "Cache-Control": publicCacheControl, "Access-Control-Allow-Origin": "*" } },
  );
}
