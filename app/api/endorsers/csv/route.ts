import { publicCacheControl } from "@/lib/cache/http-cache";
import { csvResponse } from "@/lib/csv";
import { openDataFields, openDataRows } from "@/lib/endorsements/open-data.server";

// Open data as CSV: streamed page by page, so memory stays flat however many endorsers there are.
export async function GET() {
  return csvResponse("we-are-ale-endorsers.csv", [...openDataFields], openDataRows(), publicCacheControl);
}
