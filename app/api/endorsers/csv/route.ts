import { snapshotResponse } from "@/lib/endorsements/open-data-snapshot.server";

// Open data as one CSV file: the current snapshot, stored compressed (docs/open-data.md, decision 031).
export function GET(request: Request) {
  return snapshotResponse(request, "csv");
}

export const HEAD = GET;
