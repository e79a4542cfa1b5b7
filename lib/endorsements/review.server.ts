import "server-only";
import { open } from "../crypto/data-key.server";
import { db } from "../db/client.server";
import type { EndorsementStatus, OrganisationType, Prisma, Region } from "../generated/prisma/client";
import { cursorPattern } from "../ids";
import { byContactEmail, withContact } from "./contact.server";
import {
  approveEndorsement,
  type LifecycleActor,
  type RejectionReason,
  rejectEndorsement,
  type Seen,
} from "./lifecycle.server";
import { nameKey } from "./names";
import { isCountryCode, regions } from "./regions";
import { organisationTypes } from "./schema";

export const statuses: EndorsementStatus[] = [
  "AWAITING_REVIEW",
  "AWAITING_CONFIRMATION",
  "APPROVED",
  "REJECTED",
  "WITHDRAWN",
  "LAPSED",
];

export type QueueFilters = {
  status: EndorsementStatus;
  region?: Region;
  country?: string;
  type?: OrganisationType;
  from?: string;
  to?: string;
  q?: string;
  after?: string;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the queue's filters from the query string, ignoring anything malformed. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value.trim() ? value.trim().slice(0, 120) : undefined;
  };
  const status = one("status") as EndorsementStatus | undefined;
  const region = one("region") as Region | undefined;
  const type = one("type") as OrganisationType | undefined;
  const country = one("country")?.toUpperCase();
  const from = one("from");
  const to = one("to");
  const after = one("after");
  return {
    status: status && statuses.includes(status) ? status : "AWAITING_REVIEW",
    region: region && regions.includes(region) ? region : undefined,
    country: country && isCountryCode(country) ? country : undefined,
    type: type && organisationTypes.includes(type) ? type : undefined,
    from: from && isoDate.test(from) ? from : undefined,
    to: to && isoDate.test(to) ? to : undefined,
    q: one("q"),
    after: after && cursorPattern.test(after) ? after : undefined,
  };
}

function whereOf(filters: QueueFilters): Prisma.EndorsementWhereInput {
  const day = (value: string, end = false) => new Date(`${value}T${end ? "23:59:59.999" : "00:00:00"}Z`);
  const q = filters.q;
  return {
    status: filters.status,
    ...(filters.region && { region: filters.region }),
    ...(filters.country && { countryCode: filters.country }),
    ...(filters.type && { type: filters.type }),
    ...((filters.from || filters.to) && {
      createdAt: { ...(filters.from && { gte: day(filters.from) }), ...(filters.to && { lte: day(filters.to, true) }) },
    }),
    ...(q && {
      OR: [
        { nameKey: { contains: nameKey(q) } },
        // Contact emails are sealed: found by their exact address only, through the keyed hash.
        ...(q.includes("@") ? [byContactEmail(q)] : []),
        { websiteDomain: { contains: q.toLowerCase() } },
        { acronym: { contains: q, mode: "insensitive" } },
      ],
    }),
  };
}

export const queuePageSize = 50;

/** Oldest first (the queue is worked from the front), keyset paged. */
export async function listQueue(filters: QueueFilters) {
  let cursor: Prisma.EndorsementWhereInput = {};
  if (filters.after) {
    const [time, id] = filters.after.split("_");
    const createdAt = new Date(Number(time));
    cursor = { OR: [{ createdAt: { gt: createdAt } }, { createdAt, id: { gt: id } }] };
  }
  const where = whereOf(filters);
  const [rows, total] = await Promise.all([
    db().endorsement.findMany({
      where: { AND: [where, cursor] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: queuePageSize + 1,
      select: {
        id: true,
        name: true,
        acronym: true,
        type: true,
        countryCode: true,
        region: true,
        websiteDomain: true,
        contactEmailSealed: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        confirmedAt: true,
        statement: true,
        logo: { select: { sha256: true, width: true, height: true } },
      },
    }),
    db().endorsement.count({ where }),
  ]);
  const page = rows.slice(0, queuePageSize).map(({ contactEmailSealed, ...row }) => ({
    ...row,
    contactEmail: open(contactEmailSealed),
  }));
  const last = page.at(-1);
  const next = rows.length > queuePageSize && last ? `${last.createdAt.getTime()}_${last.id}` : undefined;
  return { rows: page, next, total };
}

/**
 * The endorsement awaiting review that comes after this one (oldest first), or else the oldest one
 * left: where a moderator goes after deciding.
 */
export async function nextInQueue(currentId: string): Promise<string | null> {
  const current = await db().endorsement.findUnique({ where: { id: currentId }, select: { createdAt: true } });
  const waiting: Prisma.EndorsementWhereInput = { status: "AWAITING_REVIEW", id: { not: currentId } };
  const orderBy: Prisma.EndorsementOrderByWithRelationInput[] = [{ createdAt: "asc" }, { id: "asc" }];
  const later = current
    ? await db().endorsement.findFirst({
        where: {
          ...waiting,
          OR: [{ createdAt: { gt: current.createdAt } }, { createdAt: current.createdAt, id: { gt: currentId } }],
        },
        orderBy,
        select: { id: true },
      })
    : null;
  const next = later ?? (await db().endorsement.findFirst({ where: waiting, orderBy, select: { id: true } }));
  return next?.id ?? null;
}

export async function getForReview(id: string) {
  const row = await db().endorsement.findUnique({
    where: { id },
    include: {
      logo: { select: { sha256: true, width: true, height: true } },
      commitments: { orderBy: { actionNumber: "asc" } },
      statusChanges: { orderBy: { at: "asc" }, include: { actor: { select: { email: true } } } },
      invitedBy: { select: { id: true, name: true } },
    },
  });
  return row && withContact(row);
}

export type DuplicateReason = "sameDomain" | "similarName";

/**
 * Other endorsements that may be the same organisation: the same website domain (any country), or a
 * similar name (trigram similarity, pg_trgm) in the same country: a similar name elsewhere is usually
 * a sister organisation, not a duplicate. Approved and other endorsements are asked for apart, each
 * with its status as a literal, so that each is read through its own partial index (decision 043).
 */
export async function possibleDuplicates(endorsement: {
  id: string;
  nameKey: string;
  countryCode: string;
  websiteDomain: string | null;
}) {
  const similar = await db().$queryRaw<{ id: string; sameDomain: boolean }[]>`
    SELECT "id", ("websiteDomain" IS NOT NULL AND "websiteDomain" = ${endorsement.websiteDomain}) AS "sameDomain"
    FROM "Endorsement"
    WHERE "id" <> ${endorsement.id}
      AND (("status" = 'APPROVED' AND "countryCode" = ${endorsement.countryCode} AND "nameKey" % ${endorsement.nameKey})
        OR ("status" <> 'APPROVED' AND "countryCode" = ${endorsement.countryCode} AND "nameKey" % ${endorsement.nameKey})
        OR ("websiteDomain" IS NOT NULL AND "websiteDomain" = ${endorsement.websiteDomain}))
    ORDER BY similarity("nameKey", ${endorsement.nameKey}) DESC, "id"
    LIMIT 10`;
  if (similar.length === 0) return [];
  const rows = await db().endorsement.findMany({
    where: { id: { in: similar.map((row) => row.id) } },
    select: { id: true, name: true, countryCode: true, websiteDomain: true, status: true, createdAt: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return similar.flatMap(({ id, sameDomain }) => {
    const row = byId.get(id);
    return row ? [{ ...row, reason: (sameDomain ? "sameDomain" : "similarName") as DuplicateReason }] : [];
  });
}

export type Decision = { kind: "approve" } | { kind: "reject"; reason: RejectionReason };

/**
 * Approves or rejects one endorsement for a moderator; false when its status no longer allows it or,
 * with `seen`, when it changed since the moderator's page showed it (`changedSince` tells which).
 */
export async function decide(actor: LifecycleActor, id: string, decision: Decision, seen?: Seen): Promise<boolean> {
  const after =
    decision.kind === "approve"
      ? await approveEndorsement(id, actor, seen)
      : await rejectEndorsement(id, actor, decision.reason, seen);
  return Boolean(after);
}

/**
 * The queue's bulk decision: each item as the queue showed it (`seen`). Returns how many were
 * decided and the ids skipped because they changed since (the others skipped were no longer in a
 * status that allows the decision).
 */
export async function decideMany(actor: LifecycleActor, items: { id: string; seen?: Seen }[], decision: Decision) {
  let done = 0;
  const stale: string[] = [];
  for (const { id, seen } of items) {
    if (await decide(actor, id, decision, seen)) done += 1;
    else if (seen && (await changedSince(id, seen))) stale.push(id);
  }
  return { done, stale };
}

/** Whether the endorsement changed (or went) since the version a page showed. */
export async function changedSince(id: string, seen: Seen): Promise<boolean> {
  const now = await db().endorsement.findUnique({ where: { id }, select: { updatedAt: true } });
  return !now || now.updatedAt.getTime() !== seen.updatedAt.getTime();
}

/** Progress text waiting for a moderator on endorsements on the wall, oldest first. */
export async function listPendingProgress(take = 50) {
  const where = { pendingAt: { not: null }, endorsement: { status: "APPROVED" as const } };
  const [rows, total] = await Promise.all([
    db().commitment.findMany({
      where,
      orderBy: [{ pendingAt: "asc" }, { endorsementId: "asc" }],
      take,
      select: { actionNumber: true, pendingAt: true, endorsement: { select: { id: true, name: true } } },
    }),
    db().commitment.count({ where }),
  ]);
  return { rows, total };
}

/** The names of endorsements by id, in the order given (for naming what a bulk decision skipped). */
export async function namesOf(ids: string[]) {
  const rows = await db().endorsement.findMany({
    where: { id: { in: ids.slice(0, 200) } },
    select: { id: true, name: true },
  });
  const byId = new Map(rows.map((row) => [row.id, row.name]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
