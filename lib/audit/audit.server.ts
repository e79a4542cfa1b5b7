import "server-only";
import { db } from "../db/client.server";
import { Prisma } from "../generated/prisma/client";

/** A staff member. */
export type Actor = { id: string; email: string };
/** Whoever did it: staff, the endorser (through their manage link) or the system (housekeeping, command line). */
export type AuditActor = Actor | { kind: "endorser" } | { kind: "system" };
type Client = Pick<ReturnType<typeof db>, "auditEntry">;
type Snapshot = Record<string, unknown>;

/** JSON-safe copy: dates as ISO strings, bytes and undefined dropped. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Uint8Array) return undefined;
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, plain(inner)]));
  }
  return value;
}

/** Only the fields that changed, before and after. */
export function changedFields(before: Snapshot | null, after: Snapshot | null) {
  if (!before || !after) return { before: before && plain(before), after: after && plain(after) };
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const was: Snapshot = {};
  const is: Snapshot = {};
  for (const key of keys) {
    if (key === "updatedAt") continue;
    const a = JSON.stringify(plain(before[key]));
    const b = JSON.stringify(plain(after[key]));
    if (a !== b) {
      was[key] = plain(before[key]);
      is[key] = plain(after[key]);
    }
  }
  return { before: was, after: is };
}

export type AuditInput = {
  actor: AuditActor;
  action: string;
  entityType: string;
  entityId?: string;
  before?: Snapshot | null;
  after?: Snapshot | null;
};

/** The row of one entry: who did what to which record, with only the fields that changed. */
export function auditRow(entry: AuditInput) {
  const diff = changedFields(entry.before ?? null, entry.after ?? null);
  const { actor } = entry;
  const staff = "id" in actor ? actor : undefined;
  return {
    actorKind:
      "kind" in actor ? (actor.kind === "endorser" ? ("ENDORSER" as const) : ("SYSTEM" as const)) : ("STAFF" as const),
    actorId: staff?.id,
    actorEmail: staff?.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    before: (diff.before ?? undefined) as Prisma.InputJsonValue | undefined,
    after: (diff.after ?? undefined) as Prisma.InputJsonValue | undefined,
  };
}

/**
 * Appends one entry. The app only inserts into AuditEntry and never deletes it; the one update is
 * `stripOldAuditDetails`.
 */
export async function recordAudit(entry: AuditInput, client: Client = db()) {
  // createMany: nothing is read back (one statement, no row to map).
  await client.auditEntry.createMany({ data: auditRow(entry) });
}

export type AuditFilters = { actor?: string; action?: string; entityType?: string; entityId?: string; before?: string };

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value.trim() ? value.trim().slice(0, 100) : undefined;
  };
  const before = one("before");
  return {
    actor: one("actor"),
    action: one("action"),
    entityType: one("entityType"),
    entityId: one("entityId"),
    before: before && /^\d+$/.test(before) ? before : undefined,
  };
}

function whereOf(filters: AuditFilters): Prisma.AuditEntryWhereInput {
  return {
    ...(filters.actor && { actorEmail: { contains: filters.actor, mode: "insensitive" } }),
    ...(filters.action && { action: { startsWith: filters.action } }),
    ...(filters.entityType && { entityType: filters.entityType }),
    ...(filters.entityId && { entityId: filters.entityId }),
  };
}

export const auditPageSize = 50;

/** Newest first, keyset paged by id. */
export async function listAudit(filters: AuditFilters) {
  const rows = await db().auditEntry.findMany({
    where: { ...whereOf(filters), ...(filters.before && { id: { lt: BigInt(filters.before) } }) },
    orderBy: { id: "desc" },
    take: auditPageSize + 1,
  });
  const page = rows.slice(0, auditPageSize);
  return { entries: page, next: rows.length > auditPageSize ? String(page.at(-1)?.id) : undefined };
}

/** Every matching entry, oldest first, in batches so memory stays flat. */
export async function* auditBatches(filters: AuditFilters, batchSize = 1000) {
  let after: bigint | undefined;
  for (;;) {
    const rows = await db().auditEntry.findMany({
      where: { ...whereOf(filters), ...(after !== undefined && { id: { gt: after } }) },
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return;
    yield rows;
    after = rows.at(-1)?.id;
  }
}

/**
 * Retention (decision 026): entries older than `cutoff` keep when, who (by id and kind), what and
 * on which record, but lose the staff email and the before/after fields. Entries about the records
 * in `keep` (staff holds) stay whole.
 */
export async function stripOldAuditDetails(cutoff: Date, keep: { entityType: string; ids: string[] }) {
  const { count } = await db().auditEntry.updateMany({
    where: {
      at: { lt: cutoff },
      OR: [{ actorEmail: { not: null } }, { before: { not: Prisma.DbNull } }, { after: { not: Prisma.DbNull } }],
      NOT: { entityType: keep.entityType, entityId: { in: keep.ids } },
    },
    data: { actorEmail: null, before: Prisma.DbNull, after: Prisma.DbNull },
  });
  return count;
}
