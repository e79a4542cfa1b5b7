import { recordFormat } from "@/lib/public-record/chain";
import { recordPage } from "@/lib/public-record/record.server";

// The hash-chained changelog of the public list, 1,000 entries a page. Documented in docs/open-data.md;
// checked by `npm run verify-record`.
export async function GET(request: Request) {
  const after = new URL(request.url).searchParams.get("after");
  if (after !== null && !/^\d{1,9}$/.test(after)) {
    return Response.json({ error: "after must be an entry number from a previous page" }, { status: 400 });
  }
  const { entries, next } = await recordPage(after === null ? 0 : Number(after));
  return Response.json(
    { format: recordFormat, entries, next: next ? `/api/endorsers/changelog?after=${next}` : null },
    { headers: { "Cache-Control": "public, max-age=60", "Access-Control-Allow-Origin": "*" } },
  );
}
