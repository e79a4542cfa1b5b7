import type { NextRequest } from "next/server";
import { recordAudit } from "@/lib/audit/audit.server";
import { csvResponse } from "@/lib/csv";
import { endorsementExportRows, exportColumns } from "@/lib/endorsements/export.server";
import { statuses } from "@/lib/endorsements/review.server";
import { requireStaff } from "@/lib/staff/session.server";

// Contact details included: admins only. Streamed, so 100,000 rows use constant memory.
export async function GET(request: NextRequest) {
  const staff = await requireStaff("ADMIN");
  const status = statuses.find((s) => s === request.nextUrl.searchParams.get("status"));
  await recordAudit({
    actor: staff,
    action: "export.endorsements",
    entityType: "Endorsement",
    after: { status: status ?? "all" },
  });
  const day = new Date().toISOString().slice(0, 10);
  return csvResponse(
    `endorsements-${status?.toLowerCase() ?? "all"}-${day}.csv`,
    [...exportColumns],
    endorsementExportRows({ status }),
  );
}
