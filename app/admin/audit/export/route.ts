import type { NextRequest } from "next/server";
import { auditBatches, parseAuditFilters, recordAudit } from "@/lib/audit/audit.server";
import { csvResponse } from "@/lib/csv";
import { requireStaff } from "@/lib/staff/session.server";

const columns = ["id", "at", "actorKind", "actorEmail", "action", "entityType", "entityId", "before", "after"] as const;

async function* rows(filters: ReturnType<typeof parseAuditFilters>) {
  for await (const batch of auditBatches(filters)) {
    yield batch.map((entry) => columns.map((column) => (column === "id" ? String(entry.id) : entry[column])));
  }
}

export async function GET(request: NextRequest) {
  const staff = await requireStaff("ADMIN");
  const filters = parseAuditFilters(Object.fromEntries(request.nextUrl.searchParams));
  await recordAudit({ actor: staff, action: "export.audit", entityType: "AuditEntry", after: { ...filters } });
  return csvResponse(
    `audit-log-${new Date().toISOString().slice(0, 10)}.csv`,
    [...columns],
    rows({ ...filters, before: undefined }),
  );
}
