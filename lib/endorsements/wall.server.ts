import "server-only";
import type { WallCard } from "@/components/endorse/wall-results";
import { cachedData, cacheTags, dependsOn } from "../cache/invalidation.server";
import { db, rawRows } from "../db/client.server";
import { plannedPerRun } from "../db/statement-names";
import { type OrganisationType, Prisma, type Region } from "../generated/prisma/client";
import { cursorPattern } from "../ids";
import { registrableDomain } from "./domain-check";
import { type NameSample, nameSampleOf, routeOfPhrase } from "./name-search";
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

type Position = { id: string; approvedAt: Date | null };

/** The "after" cursor's position (the last one shown), or none for the first page. */
function cursorOf(after: string | undefined): Position | undefined {
  if (!after) return undefined;
  const [time, id] = after.split("_");
  return { approvedAt: new Date(Number(time)), id };
}

/**
 * One page of approved endorsers, newest first, with keyset paging ("after" the last one shown),
 * so a deep page costs the same as the first: the approved rows' (approvedAt, id) index is walked, not skipped.
 * A search or a type filter is counted up to the count's cap, in one statement that also cuts the
 * page from the matches it counted: the newest, so the first 41 pages of a search past the cap come
 * from them too. A page that runs past them is read in order, a second statement. The logos are
 * joined to the page's cards only (Prisma's query builder took three statements, decision 018):
 * this is the page every search, filter and deeper page reads.
 */
export async function listWall(filters: WallFilters) {
  const after = cursorOf(filters.after);
  const words = filters.q ? nameKey(filters.q).split(" ").filter(Boolean) : [];
  const where = onTheWall(filters, await nameCondition(words));
  if (filters.q || filters.type) {
    const rows = await rawRows<Counted & (CardRow | { id: null })>(Prisma.sql`${planningOf(filters)}
      WITH "matches" AS MATERIALIZED (
        SELECT e."id", e."approvedAt" FROM "Endorsement" e WHERE ${where}
        ORDER BY e."approvedAt" DESC, e."id" DESC LIMIT ${countLimit}
      )
      SELECT "counted"."total", "page".* FROM (SELECT count(*)::int AS "total" FROM "matches") "counted"
      LEFT JOIN LATERAL (
        SELECT ${cardColumns}, ${logoHash} FROM (
          SELECT e."id" FROM "matches" e WHERE ${before(after)}
          ORDER BY e."approvedAt" DESC, e."id" DESC LIMIT ${pageLimit}
        ) "cut" JOIN "Endorsement" e ON e."id" = "cut"."id" LEFT JOIN "Image" i ON i."id" = e."logoId"
      ) "page" ON true
      ORDER BY "page"."approvedAt" DESC, "page"."id" DESC`);
    const total = rows[0]?.total ?? 0;
    // With no card left after the cursor, the one row holds the count alone.
    const cards = rows.filter((row): row is Counted & CardRow => row.id !== null);
    if (total <= wallCountCap) return { ...pageOf(cards.map(card)), total, atLeast: false };
    const page = cards.length > wallPageSize ? pageOf(cards.map(card)) : await orderedPage(filters, where, after);
    return { ...page, total: wallCountCap, atLeast: true };
  }
  return { ...(await orderedPage(filters, where, after)), ...(await placeTotal(filters)) };
}

/** A page read in order from the approved rows' (approvedAt, id) index, from the cursor on. */
async function orderedPage(filters: WallFilters, where: Prisma.Sql, after: Position | undefined) {
  const rows = await rawRows<CardRow>(Prisma.sql`${planningOf(filters)}
    SELECT ${cardColumns}, ${logoHash} FROM "Endorsement" e LEFT JOIN "Image" i ON i."id" = e."logoId"
    WHERE ${where} AND ${before(after)}
    ORDER BY e."approvedAt" DESC, e."id" DESC LIMIT ${pageLimit}`);
  return pageOf(rows.map(card));
}

/**
 * The statements' limits are written into their text, never sent as values: for a limit it cannot see,
 * PostgreSQL's generic plan (kept for a prepared statement after five runs, decision 047) guesses a
 * tenth of the rows, which made a trigram scan of every match look cheaper than reading the table in
 * order until the limit (a one-word search for a word most names share: 19 ms instead of 1 ms).
 */
const pageLimit = Prisma.raw(String(wallPageSize + 1));

/**
 * A statement that filters by what the visitor chose is planned for those values every time
 * (decision 059): the best plan for a search depends on its words, for a place on how many endorsers
 * it has. The wall in its plain order, at any depth, keeps its prepared plan.
 */
const planningOf = ({ q, region, country, type }: WallFilters) =>
  q || region || country || type ? Prisma.raw(plannedPerRun) : Prisma.empty;

/** What the wall's card shows (never the contact person), of table alias `e`; its logo is `logoHash`. */
const cardColumns = Prisma.sql`e."id", e."slug", e."name", e."acronym", e."type", e."countryCode", e."city",
  e."approvedAt", e."domainVerified", e."logoHidden", e."logoId"`;
const logoHash = Prisma.sql`i."sha256" AS "logoSha256"`;

type Counted = { total: number };

/** A row of `cardColumns`: the card the wall shows, its place in the wall's order, and its logo's hash. */
type CardRow = Omit<WallCard, "logo"> & {
  city: string | null;
  approvedAt: Date | null;
  logoId: string | null;
  logoSha256: string | null;
};

const card = ({ logoSha256, logoId: _, ...row }: CardRow) => ({
  ...row,
  logo: logoSha256 ? { sha256: logoSha256 } : null,
});

/** Approved, public endorsers (of table alias `e`) that match every filter; `name` is `nameCondition`'s. */
function onTheWall(filters: WallFilters, name: Prisma.Sql) {
  return Prisma.sql`e."status" = 'APPROVED' AND e."consentPublic"
    ${filters.region ? Prisma.sql`AND e."region" = ${filters.region}::"Region"` : Prisma.empty}
    ${filters.country ? Prisma.sql`AND e."countryCode" = ${filters.country}` : Prisma.empty}
    ${filters.type ? Prisma.sql`AND e."type" = ${filters.type}::"OrganisationType"` : Prisma.empty}
    ${name}`;
}

/**
 * The search's condition on the name (of table alias `e`); none without words.
 * One word of three characters or more is found anywhere in the name, through the trigram index
 * or by reading the wall in order, as PostgreSQL estimates from its statistics of the names. One or
 * two characters alone have no trigram to look up, and finding them anywhere read every name
 * (30 ms): they find names with a word that starts with them ("un" finds "UNESCO …", not
 * "Foundation"), which the trigram index answers (decision 059). Several words find the names where
 * they stand in that order, each a whole word but the last, which may start one ("network 42" finds
 * "… Network 4242"), the way `routeOfPhrase` chooses (decision 060). With the index of word pairs
 * the phrase is compared on `"nameKey" || ''`, so that PostgreSQL, which cannot tell a common
 * trigram from a rare one, does not choose the trigram index for it.
 */
async function nameCondition(words: string[]) {
  if (words.length === 0) return Prisma.empty;
  const phrase = words.join(" ");
  if (words.length === 1 && Array.from(phrase).length >= 3) return Prisma.sql`AND e."nameKey" LIKE ${`%${phrase}%`}`;
  const startingAWord = (key: Prisma.Sql) => Prisma.sql`(${key} LIKE ${`${phrase}%`} OR ${key} LIKE ${`% ${phrase}%`})`;
  const sample = words.length > 1 ? await wallNameSample() : undefined;
  const route = sample && routeOfPhrase(words, sample, wallCountCap + 1);
  if (route?.kind !== "pair") return Prisma.sql`AND ${startingAWord(Prisma.sql`e."nameKey"`)}`;
  return Prisma.sql`AND array_to_tsvector(name_word_pairs(e."nameKey")) @@ ${pairQuery(route)}::tsquery
    AND ${startingAWord(Prisma.sql`(e."nameKey" || '')`)}`;
}

/** A pair of words (the last pair's second word as a word start), as a text-search query taken literally. */
function pairQuery({ pair, prefix }: { pair: string; prefix: boolean }) {
  return `'${pair.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${prefix ? ":*" : ""}`;
}

/**
 * Rows of table alias `e` after the cursor in the wall's order (newest first, ties by id). The
 * redundant "approvedAt ≤" lets PostgreSQL start the index read at the cursor instead of filtering
 * every newer row (44 ms instead of 0.2 ms at 60,000 deep). The time goes as text without a zone,
 * as the column stores it, whatever the session's time zone.
 */
function before(after: Position | undefined) {
  if (!after?.approvedAt) return Prisma.sql`true`;
  const time = after.approvedAt.toISOString().replace("Z", "");
  return Prisma.sql`e."approvedAt" <= ${time}::timestamp(3) AND (e."approvedAt" < ${time}::timestamp(3)
    OR (e."approvedAt" = ${time}::timestamp(3) AND e."id" < ${after.id}))`;
}

/** The first `wallPageSize` of rows in the wall's order, and the cursor after them if more follow. */
function pageOf<Row extends Position>(rows: Row[]) {
  const page = rows.slice(0, wallPageSize);
  const last = page.at(-1);
  const next = rows.length > wallPageSize && last?.approvedAt ? `${last.approvedAt.getTime()}_${last.id}` : undefined;
  return { endorsers: page, next };
}

/** Beyond this many matches a search or type filter says "more than": an exact count would scan them all. */
export const wallCountCap = 1000;
const countLimit = Prisma.raw(String(wallCountCap + 1)); // in the text, as `pageLimit` is

/** How many endorsers a place (or the whole wall) has: read from the background counts, never counted per request. */
async function placeTotal(filters: WallFilters) {
  const counts = await wallCounts();
  if (filters.country) {
    const count = counts.countries.find((row) => row.countryCode === filters.country)?.count ?? 0;
    const sameRegion = !filters.region || regionOf(filters.country) === filters.region;
    return { total: sameRegion ? count : 0, atLeast: false };
  }
  return { total: filters.region ? (counts.regions[filters.region] ?? 0) : counts.total, atLeast: false };
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
  readByDirectRoutes: true, // the wall's searches (decision 041)
});

/**
 * About 2,000 of the wall's names, a random sample (the whole wall while it is small): how common a
 * search's pairs of words are, for `routeOfPhrase` (decision 060). Shares change slowly, so each instance
 * keeps its sample in memory for ten minutes (a minute while it holds the whole wall), then takes a
 * new one while the old serves. Without one (the first could not be taken) a phrase is read in the
 * wall's order, and another is tried half a minute later.
 */
function wallNameSample(): Promise<NameSample | undefined> {
  const now = Date.now();
  if (now >= nextSampleAt && !sampling) {
    nextSampleAt = now + sampleRetryMs;
    sampling = sampleNames()
      .then(
        (sample) => {
          nameSample = sample;
          nextSampleAt = Date.now() + (sample.names.length < sampleSize ? 60_000 : 10 * 60_000);
          return sample;
        },
        (error: unknown) => {
          console.error("[wall] sampling the names failed:", error instanceof Error ? error.message : error);
          return nameSample;
        },
      )
      .finally(() => {
        sampling = undefined;
      });
  }
  return nameSample ? Promise.resolve(nameSample) : (sampling ?? Promise.resolve(undefined));
}

let nameSample: NameSample | undefined;
let sampling: Promise<NameSample | undefined> | undefined;
let nextSampleAt = 0;
const sampleRetryMs = 30_000;
const sampleSize = 2000;

async function sampleNames() {
  const { total } = await wallCounts();
  const percent = Math.min(100, (100 * sampleSize) / Math.max(total, 1));
  const rows = await rawRows<{ nameKey: string }>(Prisma.sql`
    SELECT e."nameKey" FROM "Endorsement" e TABLESAMPLE BERNOULLI (${percent})
    WHERE e."status" = 'APPROVED' AND e."consentPublic" LIMIT ${Prisma.raw(String(2 * sampleSize))}`);
  return nameSampleOf(
    rows.map((row) => row.nameKey),
    total,
  );
}

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

/**
 * The fields of an approved endorser anyone may see; never the contact person. The open data reads
 * them in one statement of its own (`publicRows` in open-data.server.ts): a field added here goes
 * there too.
 */
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
