import "server-only";
import { db } from "../db/client.server";
import { withContact } from "./contact.server";
import type { QueueFilters } from "./review.server";

/** Every column staff may export, contact details included (admins only). */
export const exportColumns = [
  "id",
  "status",
  "name",
  "acronym",
  "type",
  "countryCode",
  "region",
  "city",
  "website",
  "contactName",
  "contactRole",
  "contactEmail",
  "statement",
  "locale",
  "consentPublic",
  "consentEmails",
  "commitments",
  "logoHidden",
  "featured",
  "isPartner",
  "rejectionReason",
  "invitedBy",
  "slug",
  "createdAt",
  "confirmedAt",
  "approvedAt",
  "rejectedAt",
  "withdrawnAt",
] as const;

/** All endorsements with a status (or every status), in id order, a thousand rows per query. */
export async function* endorsementExportRows(
  filters: Pick<QueueFilters, "status"> | { status?: undefined },
  batchSize = 1000,
) {
  let after: string | undefined;
  for (;;) {
    const rows = await db().endorsement.findMany({
      where: { ...(filters.status && { status: filters.status }), ...(after && { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: batchSize,
      include: { commitments: { select: { actionNumber: true } }, invitedBy: { select: { slug: true } } },
    });
    if (rows.length === 0) return;
    yield rows.map(withContact).map((row) =>
      exportColumns.map((column) => {
        if (column === "commitments") return row.commitments.map((c) => c.actionNumber);
        if (column === "invitedBy") return row.invitedBy?.slug;
        return row[column];
      }),
    );
    after = rows.at(-1)?.id;
  }
}
