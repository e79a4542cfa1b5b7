import "server-only";
import { createHash } from "node:crypto";
import { cachedData, cacheTags } from "../cache/invalidation.server";
import { rawRows } from "../db/client.server";
import { env } from "../env.server";
import { Prisma } from "../generated/prisma/client";
import type { publicEndorserFields } from "./wall.server";

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
  "domainVerified",
  "commitments",
  "started",
  "done",
  "approvedAt",
  "url",
] as const;

export const openDataPageSize = 1000;

type PublicRow = Prisma.EndorsementGetPayload<{ select: typeof publicEndorserFields }>;

/**
 * Up to `limit` approved endorsers after the id `after`, in id order, with `publicEndorserFields`
 * (the same keys in the same order, so the JSON is the same). Read past Prisma's client (decision
 * 051): the open-data snapshot reads every endorser after each change, and Prisma's query and its
 * commitments' second query cost the instance four times the CPU of this one statement.
 */
function publicRows(after: string | undefined, limit: number) {
  return rawRows<PublicRow & { id: string }>(Prisma.sql`
    SELECT e."id", e."slug", e."name", e."acronym", e."type", e."countryCode", e."region", e."city", e."website",
      e."domainVerified", e."approvedAt",
      COALESCE((
        SELECT json_agg(json_build_object('actionNumber', c."actionNumber", 'progress', c."progress",
          'progressNote', c."progressNote", 'progressLink', c."progressLink") ORDER BY c."actionNumber")
        FROM "Commitment" c WHERE c."endorsementId" = e."id"), '[]') AS "commitments"
    FROM "Endorsement" e
    WHERE e."status" = 'APPROVED' AND e."consentPublic" AND e."id" > ${after ?? ""}
    ORDER BY e."id"
    LIMIT ${limit}`);
}

/**
 * An endorser's public fields as open data and the public record publish them (without `url`).
 * `progress` is there only once the endorser reported some (decision 028): the records of those who
 * did not keep the hash they had before progress existed.
 */
export function publicRecordOf({ commitments, approvedAt, ...rest }: PublicRow) {
  const reported = commitments.filter((c) => c.progress !== "COMMITTED" || c.progressNote || c.progressLink);
  return {
    ...rest,
    commitments: commitments.map((c) => c.actionNumber),
    ...(reported.length > 0 && {
      progress: reported.map((c) => ({
        action: c.actionNumber,
        state: c.progress.toLowerCase(),
        description: c.progressNote,
        link: c.progressLink,
      })),
    }),
    approvedAt: approvedAt?.toISOString() ?? null,
  };
}

type PublicRecord = ReturnType<typeof publicRecordOf>;

/** The actions started and done, for the CSV's two columns (space-separated action numbers). */
const actionsIn = (record: PublicRecord, state: string) =>
  (record.progress ?? []).filter((p) => p.state === state).map((p) => p.action);

/**
 * One page of approved endorsers in the order of their id (stable, so paging skips and repeats no
 * one; not by date: sort by approvedAt yourself), keyed by an opaque cursor: the last id of the page.
 */
export async function openDataPage(after?: string, size = openDataPageSize) {
  const rows = await publicRows(after, size + 1);
  const page = rows.slice(0, size);
  const site = env().SITE_URL;
  return {
    endorsers: page.map(({ id: _id, ...row }) => ({
      ...publicRecordOf(row),
      url: `${site}/en/endorsers/${row.slug}`,
    })),
    next: rows.length > size ? page.at(-1)?.id : undefined,
  };
}

export type OpenDataEndorser = Awaited<ReturnType<typeof openDataPage>>["endorsers"][number];

/** Every approved endorser's public fields, `size` at a time, in the order of openDataPage. */
export async function* openDataPages(size = openDataPageSize) {
  let after: string | undefined;
  do {
    const { endorsers, next } = await openDataPage(after, size);
    yield endorsers;
    after = next;
  } while (after);
}

/** One endorser as a CSV row: the cells of `openDataFields`, progress as the started and done columns. */
export function openDataCsvRow(endorser: OpenDataEndorser): unknown[] {
  const cells: Record<string, unknown> = {
    ...endorser,
    started: actionsIn(endorser, "started"),
    done: actionsIn(endorser, "done"),
  };
  return openDataFields.map((field) => cells[field]);
}

/**
 * The whole list's JSON document around its endorsers: the paged answer's shape, with no next page,
 * and the public record's last entry when it was made (the list includes every change up to it).
 */
export const openDataJsonFrame = {
  head: '{"endorsers":[',
  tail: (head: { seq: number; hash: string }) =>
    `],"next":null,"recordEntry":${head.seq},"recordEntryHash":"${head.hash}","licence":"CC BY 4.0","source":"We are ALE"}`,
};

/**
 * One page of the JSON open data as its finished body and ETag, kept in the shared page cache under
 * the `endorsers` tag (so every change drops it on every instance): a launch-day crowd of readers
 * costs one query per page, not one each (decision 018).
 */
export function openDataJson(after: string | undefined) {
  return cachedData(
    async () => {
      const { endorsers, next } = await openDataPage(after);
      const nextUrl = next ? `/api/endorsers/json?after=${next}` : null;
      const body = JSON.stringify({ endorsers, next: nextUrl, licence: "CC BY 4.0", source: "We are ALE" });
      return { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` };
    },
    `open-data-json:${after ?? ""}`,
    { tags: [cacheTags.endorsers], revalidate: 60 },
  )();
}
