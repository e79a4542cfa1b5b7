import "server-only";
import { cachedData, cacheTags, dependsOn } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import type { OrganisationType, Prisma, Region } from "../generated/prisma/client";
import { cursorPattern } from "../ids";
import { registrableDomain } from "./domain-check";
import { nameKey } from "./names";
import { isCountryCode, regionOf, regions } from "./regions";
import { organisationTypes } from "./schema";

export const wallPageSize = 24;

export type WallFilters = { q?: string; region?: Region; country?: string; type?: OrganisationType; after?: string };

/** Reads filters from the query string, ignoring anything malformed. */
export function parseWallFilters(params: Record<string, string | string[] | undefined>): WallFilters {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" ? value.slice(0, 100) : undefined;
  };
  const region = one("region");
  const country = one("country")?.toUpperCase();
  const type = one("type");
  const after = one("after");
  return {
    q: one("q")?.trim() || undefined,
    region: regions.includes(region as Region) ? (region as Region) : undefined,
    country: country && isCountryCode(country) ? country : undefined,
    type: organisationTypes.includes(type as OrganisationType) ? (type as OrganisationType) : undefined,
    after: after && cursorPattern.test(after) ? after : undefined,
  };
}

function whereOf(filters: WallFilters): Prisma.EndorsementWhereInput {
  const key = filters.q ? nameKey(filters.q) : "";
  return {
    status: "APPROVED",
    consentPublic: true,
    ...(filters.region && { region: filters.region }),
    ...(filters.country && { countryCode: filters.country }),
    ...(filters.type && { type: filters.type }),
    ...(key && { nameKey: { contains: key } }),
  };
}

/**
 * One page of approved endorsers, newest first, with keyset paging ("after" the last one shown),
 * so a deep page costs the same as the first: the (status, approvedAt) index is walked, not skipped.
 */
export async function listWall(filters: WallFilters) {
  const where = whereOf(filters);
  let cursor: Prisma.EndorsementWhereInput = {};
  if (filters.after) {
    const [time, id] = filters.after.split("_");
    const approvedAt = new Date(Number(time));
    // (approvedAt, id) < cursor; the redundant "approvedAt ≤" lets PostgreSQL start the index read
    // at the cursor instead of filtering every newer row (44 ms instead of 0.2 ms at 60,000 deep).
    cursor = {
      approvedAt: { lte: approvedAt },
      OR: [{ approvedAt: { lt: approvedAt } }, { approvedAt, id: { lt: id } }],
    };
  }
  const rows = await db().endorsement.findMany({
    where: { AND: [where, cursor] },
    orderBy: [{ approvedAt: "desc" }, { id: "desc" }],
    take: wallPageSize + 1,
    select: {
      id: true,
      slug: true,
      name: true,
      acronym: true,
      type: true,
      countryCode: true,
      city: true,
      approvedAt: true,
      domainVerified: true,
      logoHidden: true,
      logo: { select: { sha256: true } },
    },
  });
  const page = rows.slice(0, wallPageSize);
  const last = page.at(-1);
  const next = rows.length > wallPageSize && last?.approvedAt ? `${last.approvedAt.getTime()}_${last.id}` : undefined;
  return { endorsers: page, next, ...(await countMatches(filters, where)) };
}

/** Beyond this many matches a search or type filter says "more than": an exact count would scan them all. */
export const wallCountCap = 1000;

/**
 * How many endorsers match: read from the background counts when only the place is filtered,
 * otherwise counted up to `wallCountCap` (`atLeast` then says the real number is higher).
 */
async function countMatches(filters: WallFilters, where: Prisma.EndorsementWhereInput) {
  if (!filters.q && !filters.type) {
    const counts = await wallCounts();
    if (filters.country) {
      const count = counts.countries.find((row) => row.countryCode === filters.country)?.count ?? 0;
      const sameRegion = !filters.region || regionOf(filters.country) === filters.region;
      return { total: sameRegion ? count : 0, atLeast: false };
    }
    return { total: filters.region ? (counts.regions[filters.region] ?? 0) : counts.total, atLeast: false };
  }
  const total = await db().endorsement.count({ where, take: wallCountCap + 1 });
  return { total: Math.min(total, wallCountCap), atLeast: total > wallCountCap };
}

/**
 * Approved endorsers per region and per country (for the counts, the map and the home figures).
 * Counting 100,000 rows takes tens of milliseconds, so the answer is kept in the shared page cache
 * for a minute, and dropped on every instance when an endorsement changes (tag "endorsers"): the
 * wall's totals per place come from here, never from a count per request.
 */
export const wallCounts = cachedData(() => countEndorsers(), "wall-counts", {
  tags: [cacheTags.endorsers],
  revalidate: 60,
});

async function countEndorsers() {
  const [byRegion, byCountry] = await Promise.all([
    db().endorsement.groupBy({
      by: ["region"],
      where: { status: "APPROVED", consentPublic: true },
      _count: { _all: true },
    }),
    db().endorsement.groupBy({
      by: ["countryCode"],
      where: { status: "APPROVED", consentPublic: true },
      _count: { _all: true },
    }),
  ]);
  return {
    regions: Object.fromEntries(byRegion.map((row) => [row.region, row._count._all])) as Partial<
      Record<Region, number>
    >,
    countries: byCountry.map((row) => ({ countryCode: row.countryCode, count: row._count._all })),
    total: byCountry.reduce((sum, row) => sum + row._count._all, 0),
  };
}

/** The fields of an approved endorser anyone may see; never the contact person. */
export const publicEndorserFields = {
  slug: true,
  name: true,
  acronym: true,
  type: true,
  countryCode: true,
  region: true,
  city: true,
  website: true,
  domainVerified: true,
  approvedAt: true,
  // Progress and its approved text only: the text waiting for a moderator is never public.
  commitments: {
    select: { actionNumber: true, progress: true, progressNote: true, progressLink: true },
    orderBy: { actionNumber: "asc" },
  },
} satisfies Prisma.EndorsementSelect;

/** An approved endorser's public page. */
export async function getEndorser(slug: string) {
  await dependsOn(cacheTags.endorser(slug));
  return db().endorsement.findFirst({
    where: { slug, status: "APPROVED", consentPublic: true },
    select: {
      ...publicEndorserFields,
      statement: true,
      inviteCode: true,
      isPartner: true,
      logoHidden: true,
      logo: { select: { sha256: true } },
      _count: { select: { invitees: { where: { status: "APPROVED" } } } },
    },
  });
}

/** The registrable domain an approved endorser's badge shows as verified, or null. */
export async function verifiedDomainOf(slug: string) {
  const endorser = await db().endorsement.findFirst({
    where: { slug, status: "APPROVED", consentPublic: true, domainVerified: true },
    select: { website: true },
  });
  return endorser ? registrableDomain(endorser.website) : null;
}
