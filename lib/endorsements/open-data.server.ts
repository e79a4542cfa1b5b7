import "server-only";
import { db } from "../db/client.server";
import { env } from "../env.server";
import { publicEndorserFields } from "./wall.server";

/** The public fields of approved endorsers, as published in the open data endpoints. */
export const openDataFields = [
  "slug",
  "name",
  "acronym",
  "type",
  "countryCode",
  "region",
  "city",
  "website",
  "commitments",
  "approvedAt",
  "url",
] as const;

export const openDataPageSize = 1000;

/** One page of approved endorsers, oldest approval first, keyed by an opaque cursor. */
export async function openDataPage(after?: string) {
  const rows = await db().endorsement.findMany({
    where: { status: "APPROVED", consentPublic: true, ...(after ? { id: { gt: after } } : {}) },
    orderBy: { id: "asc" },
    take: openDataPageSize + 1,
    select: { id: true, ...publicEndorserFields },
  });
  const page = rows.slice(0, openDataPageSize);
  const site = env().SITE_URL;
  return {
    endorsers: page.map(({ id: _id, commitments, approvedAt, ...rest }) => ({
      ...rest,
      commitments: commitments.map((c) => c.actionNumber),
      approvedAt: approvedAt?.toISOString() ?? null,
      url: `${site}/en/endorsers/${rest.slug}`,
    })),
    next: rows.length > openDataPageSize ? page.at(-1)?.id : undefined,
  };
}

function csvCell(value: unknown): string {
  const text = Array.isArray(value) ? value.join(" ") : value === null || value === undefined ? "" : String(value);
  // Quote everything and neutralise spreadsheet formulas.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsvRows(endorsers: Record<string, unknown>[], withHeader: boolean): string {
  const lines = endorsers.map((row) => openDataFields.map((field) => csvCell(row[field])).join(","));
  return `${withHeader ? `${openDataFields.join(",")}\n` : ""}${lines.join("\n")}${lines.length ? "\n" : ""}`;
}
