import { publicCacheControl } from "@/lib/cache/http-cache";
import { openDataJson } from "@/lib/endorsements/open-data.server";
import { idPattern } from "@/lib/ids";

// Open data: approved endorsers, public fields only, 1,000 a page. Documented in docs/open-data.md.
// Each page is built once per change and answered "304 Not Modified" to a client that has it.
export async function GET(request: Request) {
  const after = new URL(request.url).searchParams.get("after") ?? undefined;
  if (after !== undefined && !idPattern.test(after)) {
    return Response.json({ error: "after must be a cursor from a previous page" }, { status: 400 });
  }
  const { body, etag } = await openDataJson(after);
  const headers = { "Cache-Control": publicCacheControl, "Access-Control-Allow-Origin": "*", ETag: etag };
  // nginx marks the ETag weak ("W/…") when it compresses the answer: the same page either way.
  const known = request.headers.get("if-none-match")?.split(",");
  if (known?.some((tag) => tag.trim().replace(/^W\//, "") === etag))
    return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json" } });
}
