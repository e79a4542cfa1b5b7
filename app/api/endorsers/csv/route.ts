import { openDataPage, toCsvRows } from "@/lib/endorsements/open-data.server";

// Open data as CSV: streamed page by page, so memory stays flat however many endorsers there are.
export async function GET() {
  const encoder = new TextEncoder();
  let after: string | undefined;
  let first = true;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { endorsers, next } = await openDataPage(after);
      controller.enqueue(encoder.encode(toCsvRows(endorsers, first)));
      first = false;
      after = next;
      if (!next) controller.close();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="we-are-ale-endorsers.csv"',
      "Cache-Control": "public, max-age=300",
    },
  });
}
