import { publicCacheControl } from "@/lib/cache/http-cache";
import { openDataJson } from "@/lib/endorsements/open-data.server";
import { snapshotResponse } from "@/lib/endorsements/open-data-snapshot.server";
import { hasVersion } from "@/lib/http/conditional";
import { idPattern } from "@/lib/ids";

// Open data: approved endorsers, public fields only. Documented in docs/open-data.md.
// Without `after`: the whole list in one answer, the current snapshot (decision 031), `next: null`.
// With `after` (a cursor from the former pages of 1,000): the rest of the list, a page at a time,
// so a client written for pages keeps working.
export async function GET(request: Request) {
  const after = new URL(request.url).searchParams.get("after") ?? undefined;
  if (after === undefined) return snapshotResponse(request, "json");
  if (!idPattern.test(after)) {
    return Response.json({ error: "after must be a cursor from a previous page" }, { status: 400 });
  }
  const { body, etag } = await openDataJson(after);
  const headers = { "Cache-Control": publicCacheControl, "Access-Control-Allow-Origin": "*", ETag: etag };
  if (hasVersion(request.headers.get("if-none-match"), [etag])) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json" } });
}

export const HEAD = GET;
