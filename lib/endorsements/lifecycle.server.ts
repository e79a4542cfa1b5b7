import "server-only";
import { type Actor, auditRow, recordAudit } from "../audit/audit.server";
import { endorsersChanged } from "../cache/invalidation.server";
import { db, rawRows } from "../db/client.server";
import type { Email } from "../email/mailer.server";
import { emailRow, queueEmailFrom, startDelivery } from "../email/queue.server";
import {
  type Commitment,
  type Endorsement,
  Prisma,
  type StaffRole,
  type TokenPurpose,
} from "../generated/prisma/client";
import { newId } from "../ids";
import { recordPublicChange } from "../public-record/record.server";
import { hashToken, isTokenShaped, redeemToken, usableTokenSql } from "../security/tokens.server";
import { sealContact, sealedContact, withContact } from "./contact.server";
import { checkDomain } from "./domain-check";
import { endorsementEmail, type StockReason, siteLink, stockReason } from "./emails.server";
import { domainOf, nameKey } from "./names";
import type { ProgressInput } from "./progress";
import { regionOf } from "./regions";
import type { EndorsementInput, PublicFields } from "./schema";
import { type ActorRole, type Command, can, type Status, target, transitions } from "./transitions";

// The only module that changes an endorsement after it was submitted (a test checks that). Each
// command is one call of `transition()`: in one database transaction the conditional update, its
// history row, the audit entry, the public record's changelog entry and the email (a confirmation:
// one statement with the same rows, `redeemInOneStatement`); after the commit, the public pages it
// touched are invalidated on every instance.

export type LifecycleActor = (Actor & { role: StaffRole }) | { kind: "endorser" } | { kind: "system" };

function roleOf(actor: LifecycleActor): ActorRole {
  if ("role" in actor) return actor.role === "ADMIN" ? "admin" : "moderator";
  return actor.kind;
}

type Tx = Prisma.TransactionClient;

type Effect = {
  /** Columns the command sets besides the status, from the record as it was. */
  data?: (before: Endorsement) => Prisma.EndorsementUpdateManyMutationInput;
  /** Replaces the commitments (the progress on those kept stays). */
  commitments?: number[];
  /** Changes the progress on one commitment; the command is refused when no row matches `where`. */
  commitment?: {
    actionNumber: number;
    where?: Prisma.CommitmentWhereInput;
    data: (before: Commitment) => Prisma.CommitmentUpdateManyMutationInput;
  };
  /** The email to queue, from the record as it is after the change. */
  email?: (after: Endorsement) => Email | undefined;
  /**
   * Runs only while the record also matches this (checked when read and again in the conditional
   * update): e.g. `{ updatedAt }` as the moderator saw it, so a decision on a stale view is refused.
   */
  onlyIf?: Prisma.EndorsementWhereInput;
};

/**
 * The emailed single-use link that asked for a command: it names the record and is used up in the
 * command's transaction, so a command that fails (a busy database, a crash) leaves the link usable
 * for another try.
 */
type Redemption = { token: string; purpose: TokenPurpose };

/** The fields worth an audit trail (and the consent to campaign email); contact details stay out of the log. */
function auditSnapshot(endorsement: Endorsement, commitments?: number[]) {
  const { status, name, acronym, type, countryCode, city, website, statement, logoId } = endorsement;
  const { logoHidden, featured, isPartner, rejectionReason, consentEmails, retentionHold } = endorsement;
  return {
    consentEmails,
    status,
    name,
    acronym,
    type,
    countryCode,
    city,
    website,
    statement,
    logoId,
    logoHidden,
    featured,
    isPartner,
    rejectionReason,
    retentionHold,
    ...(commitments && { commitments }),
  };
}

const notes: Record<ActorRole, string | undefined> = {
  endorser: "By the endorser",
  system: "By the system",
  moderator: undefined,
  admin: undefined,
};

/**
 * Runs `command` on an endorsement if the transition table allows it from its current status and for
 * this actor. Returns the record after the change (`null` if it was erased), or `undefined` when the
 * command was not allowed or someone else changed the status first.
 */
async function transition(
  record: string | Redemption,
  command: Command,
  actor: LifecycleActor,
  effect: Effect = {},
): Promise<Endorsement | null | undefined> {
  const role = roleOf(actor);
  if (typeof record !== "string") {
    // A made-up link costs no transaction.
    if (!isTokenShaped(record.token)) return undefined;
    if (!effect.commitment && !effect.commitments && !effect.onlyIf) {
      const done = await redeemInOneStatement(record, command, actor, effect);
      if (done !== "needs a transaction") return done;
    }
  }
  const outcome = await unlessRefused(async (tx) => {
    const id = typeof record === "string" ? record : await redeemToken(record.token, record.purpose, tx);
    if (!id) return undefined;
    const before = await tx.endorsement.findFirst({ where: { id, ...effect.onlyIf } });
    if (!before || !can(before.status, command, role)) return undefined;
    const to = target(before.status, command) as Status | null;
    const commitmentsBefore = effect.commitments
      ? (await tx.commitment.findMany({ where: { endorsementId: id }, orderBy: { actionNumber: "asc" } })).map(
          (c) => c.actionNumber,
        )
      : undefined;
    // Conditional on the status just read: two moderators acting at once cannot both move it.
    let after: Endorsement | null = null;
    let progress: Awaited<ReturnType<typeof changeProgress>> | undefined;
    if (to === null) {
      const where = { id, status: before.status, ...effect.onlyIf };
      if ((await tx.endorsement.deleteMany({ where })).count === 0) return undefined;
      await deleteUnusedImage(tx, before.logoId);
    } else {
      const [updated] = await tx.endorsement.updateManyAndReturn({
        where: { id, status: before.status, ...effect.onlyIf },
        data: { ...effect.data?.(before), status: to },
      });
      if (!updated) return undefined;
      after = updated;
      if (effect.commitment) {
        progress = await changeProgress(tx, id, effect.commitment);
        // Rolls back the endorsement's update too.
        if (!progress) throw refused;
      }
      if (effect.commitments) {
        await tx.commitment.deleteMany({ where: { endorsementId: id, actionNumber: { notIn: effect.commitments } } });
        await tx.commitment.createMany({
          data: effect.commitments.map((actionNumber) => ({ endorsementId: id, actionNumber })),
          skipDuplicates: true,
        });
      }
      // createMany: an insert that returns nothing is cheaper for Prisma than one that reads the row back.
      if (to !== before.status)
        await tx.endorsementStatusChange.createMany({
          data: {
            endorsementId: id,
            fromStatus: before.status,
            toStatus: to,
            note: notes[role],
            actorId: "id" in actor ? actor.id : undefined,
          },
        });
    }
    await recordAudit(
      {
        actor,
        action: `endorsement.${command}`,
        entityType: "Endorsement",
        entityId: id,
        // An erased record leaves only its id and last status in the log.
        before: after
          ? { ...auditSnapshot(before, commitmentsBefore), ...progress?.before }
          : { status: before.status },
        after: after ? { ...auditSnapshot(after, effect.commitments), ...progress?.after } : null,
      },
      tx,
    );
    // The public list's changelog, in the same transaction (erasure also blanks earlier entries).
    if (before.status === "APPROVED" || to === "APPROVED" || to === null)
      await recordPublicChange(tx, id, command, to === null);
    // Nobody to write to once retention erased the contact details.
    const email = after && !after.contactErasedAt && effect.email?.(after);
    if (email) await tx.outboundEmail.createMany({ data: emailRow(email) });
    const isPublic = before.status === "APPROVED" || to === "APPROVED";
    return { after, emailed: Boolean(email), changedPages: isPublic ? await pagesOf(tx, before) : [] };
  });
  if (!outcome) return undefined;
  const { after, emailed, changedPages } = outcome;
  if (emailed) startDelivery();
  // Nothing here reads the database: once committed, a lost connection cannot turn the answer into
  // an error for a change that was made (an emailed link's page would then offer it again).
  if (changedPages.length > 0) await endorsersChanged(changedPages);
  return after;
}

// The model's columns by name, not `*`: a prepared statement (decision 047) whose columns a
// migration changed is refused by PostgreSQL, and migrations that add columns run while the
// previous release still serves.
const endorsementColumns = Prisma.raw(
  Object.values(Prisma.EndorsementScalarFieldEnum)
    .map((column) => `"${column}"`)
    .join(", "),
);

/**
 * A command from an emailed link on a record the public does not see (the double opt-in's confirmation:
 * hundreds a second on launch day) is read, then written as one statement where the transaction
 * takes eight round trips (decision 039): the status and columns, the token used up, the history row,
 * the audit entry and the email. The statement writes nothing unless the record is still as read
 * (its status and `updatedAt`) and the token still usable, so two clicks at once change it once.
 * "needs a transaction" when the command would touch the wall or erase (the transaction keeps the
 * public record and the invalidation), or when the statement wrote nothing: the transaction then
 * decides on the record as it is now (a second click finds the token used up).
 */
async function redeemInOneStatement(
  { token, purpose }: Redemption,
  command: Command,
  actor: LifecycleActor,
  effect: Effect,
): Promise<Endorsement | undefined | "needs a transaction"> {
  const now = new Date();
  const tokenHash = hashToken(token);
  const usable = usableTokenSql(tokenHash, purpose, now);
  // The token's row first, then the record by its key: PostgreSQL plans this in half the time of
  // Prisma's EXISTS (a relation filter). Both statements go past Prisma's client (decision 051).
  const [before] = await rawRows<Endorsement>(Prisma.sql`
    SELECT ${endorsementColumns} FROM "Endorsement"
    WHERE "id" = (SELECT "endorsementId" FROM "EmailToken" WHERE ${usable})`);
  if (!before || !can(before.status, command, roleOf(actor))) return undefined;
  const to = target(before.status, command) as Status | null;
  if (to === null || before.status === "APPROVED" || to === "APPROVED") return "needs a transaction";
  const changes: Record<string, unknown> = Object.fromEntries(
    Object.entries({ updatedAt: now, ...effect.data?.(before), status: to }).filter(([, value]) => value !== undefined),
  );
  // Plain values of known columns only: Prisma's operations ({ increment: 1 }) are left to Prisma.
  const isPlain = (value: unknown) => value === null || value instanceof Date || typeof value !== "object";
  const isColumn = (name: string) => Object.hasOwn(Prisma.EndorsementScalarFieldEnum, name);
  if (!Object.entries(changes).every(([name, value]) => isColumn(name) && isPlain(value))) return "needs a transaction";
  const after = { ...before, ...changes } as Endorsement;
  const email = !after.contactErasedAt && effect.email?.(after);
  const mail = email ? emailRow(email) : undefined;
  const audit = auditRow({
    actor,
    action: `endorsement.${command}`,
    entityType: "Endorsement",
    entityId: before.id,
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  const columns = Prisma.join(
    Object.entries(changes).map(([column, value]) =>
      column === "status"
        ? Prisma.sql`"status" = ${value}::"EndorsementStatus"`
        : Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`,
    ),
  );
  const note = notes[roleOf(actor)] ?? null;
  const staffId = "id" in actor ? actor.id : null;
  // Only the rows this command writes: a history row when the status moves, an email when there is one.
  const history =
    to === before.status
      ? Prisma.empty
      : Prisma.sql`, history AS (
      INSERT INTO "EndorsementStatusChange" ("id", "endorsementId", "fromStatus", "toStatus", "note", "actorId", "at")
      SELECT ${newId()}, "id", ${before.status}::"EndorsementStatus", ${to}::"EndorsementStatus", ${note}, ${staffId},
        ${now}::timestamp(3)
      FROM changed)`;
  const queued = mail ? Prisma.sql`, mail AS (${queueEmailFrom("changed", mail, now)})` : Prisma.empty;
  // The token is checked where the record is changed. A change already committed since the read
  // fails the `updatedAt` check; one under way (a second click) holds the row's lock, and once it
  // commits PostgreSQL checks the row again and finds its status gone.
  const [{ written }] = await rawRows<{ written: number }>(Prisma.sql`
    WITH changed AS (
      UPDATE "Endorsement" SET ${columns}
      WHERE "id" = ${before.id} AND "status" = ${before.status}::"EndorsementStatus"
        AND "updatedAt" = ${before.updatedAt}::timestamp(3)
        AND EXISTS (SELECT 1 FROM "EmailToken" WHERE "endorsementId" = ${before.id} AND ${usable})
      RETURNING "id")
    ${history}${queued},
    audit AS (
      INSERT INTO "AuditEntry" ("at", "actorKind", "actorId", "actorEmail", "action", "entityType", "entityId", "before",
        "after")
      SELECT ${now}::timestamp(3), ${audit.actorKind}::"ActorKind", ${audit.actorId ?? null}, ${audit.actorEmail ?? null},
        ${audit.action}, ${audit.entityType}, "id",
        ${json(audit.before)}::jsonb, ${json(audit.after)}::jsonb
      FROM changed),
    used AS (
      UPDATE "EmailToken" SET "usedAt" = ${now}::timestamp(3)
      WHERE "tokenHash" = ${tokenHash} AND "endorsementId" IN (SELECT "id" FROM changed))
    SELECT count(*)::int AS "written" FROM changed`);
  if (written !== 1) return "needs a transaction";
  if (mail) startDelivery();
  return after;
}

/** Thrown inside the transaction to roll it back when a change it depends on found nothing to change. */
const refused = new Error("refused");

/** Runs `work` in a transaction; `undefined` when it was rolled back by `refused`. */
async function unlessRefused<T>(work: (tx: Tx) => Promise<T>): Promise<T | undefined> {
  try {
    return await db().$transaction(work);
  } catch (error) {
    if (error === refused) return undefined;
    throw error;
  }
}

/** What the audit log keeps of a commitment's progress (all of it is, or may become, public). */
const progressSnapshot = (row: Commitment) => ({
  progress: {
    action: row.actionNumber,
    state: row.progress,
    note: row.progressNote,
    link: row.progressLink,
    pendingNote: row.pendingNote,
    pendingLink: row.pendingLink,
  },
});

/** Applies `change` to one commitment; `null` when none matches (not committed to, or changed meanwhile). */
async function changeProgress(tx: Tx, id: string, change: NonNullable<Effect["commitment"]>) {
  const key = { endorsementId: id, actionNumber: change.actionNumber };
  const before = await tx.commitment.findFirst({ where: { ...change.where, ...key } });
  if (!before) return null;
  const [after] = await tx.commitment.updateManyAndReturn({
    where: { ...change.where, ...key, pendingAt: before.pendingAt },
    data: change.data(before),
  });
  return after ? { before: progressSnapshot(before), after: progressSnapshot(after) } : null;
}

/** The pages a public change invalidates: the endorser's and, when its approval changed a count there, its inviter's. */
async function pagesOf(tx: Tx, endorsement: Endorsement) {
  const inviter = endorsement.invitedById
    ? await tx.endorsement.findUnique({ where: { id: endorsement.invitedById }, select: { slug: true } })
    : null;
  return [endorsement.slug, ...(inviter ? [inviter.slug] : [])];
}

async function deleteUnusedImage(tx: Tx, imageId: string | null) {
  if (!imageId) return;
  const image = await tx.image.findUnique({
    where: { id: imageId },
    select: { _count: { select: { endorsements: true, partners: true, newsItems: true, events: true } } },
  });
  if (image && Object.values(image._count).every((count) => count === 0))
    await tx.image.delete({ where: { id: imageId } });
}

export type EndorserContact = { locale: string; to: string; contactName: string; organisation: string };

/** Where and how to write to the endorser: the one place that reads the contact columns for email. */
export const endorserContact = (endorsement: Endorsement): EndorserContact => {
  const { contactEmail, contactName } = withContact(endorsement);
  return { locale: endorsement.locale, to: contactEmail, contactName, organisation: endorsement.name };
};
const contactEmail = endorserContact;

const endorser = { kind: "endorser" } as const;
const system = { kind: "system" } as const;
export const systemActor: LifecycleActor = system;

/**
 * Double opt-in: the emailed link's button moves the endorsement to the review queue. `subscribe`:
 * the "Confirm and receive campaign updates" button, offered when the form's box was left empty.
 */
export async function confirmEndorsement(token: string, options: { subscribe?: boolean } = {}) {
  return (
    (await transition({ token, purpose: "CONFIRM" }, "confirm", endorser, {
      data: () => ({ confirmedAt: new Date(), ...(options.subscribe && { consentEmails: true }) }),
      email: (after) => endorsementEmail({ kind: "received", ...contactEmail(after) }),
    })) ?? null
  );
}

/** When given, the decision counts only if the record is still as the moderator saw it. */
export type Seen = { updatedAt: Date };

export async function approveEndorsement(id: string, actor: LifecycleActor, seen?: Seen) {
  return transition(id, "approve", actor, {
    onlyIf: seen,
    data: () => ({ approvedAt: new Date(), rejectionReason: null }),
    email: (after) =>
      endorsementEmail({
        kind: "approved",
        ...contactEmail(after),
        link: siteLink(`/${after.locale}/endorsers/${after.slug}`),
      }),
  });
}

export type RejectionReason = { stock: StockReason } | { text: string };

/** A stock reason is written in the endorser's language. */
export async function rejectEndorsement(id: string, actor: LifecycleActor, reason: RejectionReason, seen?: Seen) {
  const textOf = (locale: string) => ("stock" in reason ? stockReason(reason.stock, locale) : reason.text.trim());
  return transition(id, "reject", actor, {
    onlyIf: seen,
    data: (before) => ({ rejectedAt: new Date(), rejectionReason: textOf(before.locale) }),
    email: (after) =>
      endorsementEmail({ kind: "rejected", ...contactEmail(after), reason: after.rejectionReason ?? undefined }),
  });
}

/**
 * No more campaign emails, at once. Only while subscribed, so replaying the link changes (and
 * audits) nothing. Returns the record when it changed.
 */
export const unsubscribeEndorser = (id: string) =>
  transition(id, "unsubscribe", endorser, { onlyIf: { consentEmails: true }, data: () => ({ consentEmails: false }) });

/**
 * Housekeeping, yearly: asks "Do you still endorse #weareALE?" with a link to a page whose button
 * answers (`token` is a RECONFIRM token issued by the caller). Once per question: conditional on not
 * being asked already; the record's updatedAt is kept (nothing a moderator sees changed).
 */
export function askReconfirm(id: string, token: string, at = new Date()) {
  return transition(id, "askReconfirm", system, {
    onlyIf: { reconfirmAskedAt: null },
    data: (before) => ({ reconfirmAskedAt: at, updatedAt: before.updatedAt }),
    email: (after) =>
      endorsementEmail({
        kind: "reconfirm",
        ...contactEmail(after),
        link: siteLink(`/${after.locale}/endorse/reconfirm?token=${token}`),
      }),
  });
}

/** The endorser's yes, from the reconfirmation page's button (the single-use token). */
export async function reconfirmEndorsement(token: string) {
  return (
    (await transition({ token, purpose: "RECONFIRM" }, "reconfirm", endorser, {
      data: () => ({ reconfirmedAt: new Date(), reconfirmAskedAt: null }),
    })) ?? null
  );
}

/** Housekeeping: asked before `askedBefore` and never answered, so off the wall until renewed. */
export function lapseEndorsement(id: string, askedBefore: Date, at = new Date()) {
  return transition(id, "lapse", system, {
    onlyIf: { reconfirmAskedAt: { lt: askedBefore } },
    data: () => ({ lapsedAt: at }),
    email: (after) =>
      endorsementEmail({ kind: "lapsed", ...contactEmail(after), link: siteLink(`/${after.locale}/endorse/manage`) }),
  });
}

/** From the manage link: a lapsed endorsement is back on the wall, and the yearly clock restarts. */
export const renewEndorsement = (id: string) =>
  transition(id, "renew", endorser, {
    data: () => ({ reconfirmedAt: new Date(), reconfirmAskedAt: null, lapsedAt: null }),
  });

/**
 * From the manage link: the state (started, done) is public at once; a new description or link
 * waits for a moderator, and the approved ones stay shown meanwhile. Clearing both removes them at
 * once (taking text down needs no review). Refused when the action is not one committed to.
 */
export function markProgress(id: string, input: ProgressInput, at = new Date()) {
  const note = input.note ?? null;
  const link = input.link ?? null;
  const nothingWaits = { pendingNote: null, pendingLink: null, pendingAt: null };
  const text = (before: Commitment): Prisma.CommitmentUpdateManyMutationInput => {
    if (note === before.progressNote && link === before.progressLink) return nothingWaits;
    if (!note && !link) return { ...nothingWaits, progressNote: null, progressLink: null };
    // The same text sent again keeps its place in the moderators' queue.
    if (before.pendingAt && note === before.pendingNote && link === before.pendingLink) return {};
    return { pendingNote: note, pendingLink: link, pendingAt: at };
  };
  return transition(id, "progress", endorser, {
    commitment: {
      actionNumber: input.actionNumber,
      data: (before) => ({
        progress: input.state,
        progressAt: input.state === before.progress ? before.progressAt : at,
        ...text(before),
      }),
    },
  });
}

/**
 * Staff approve or reject the description and link waiting on one action, as their page showed them
 * (`seenPendingAt`): text the endorser changed since is refused, never approved unseen. The
 * endorsement's updatedAt is kept, so another moderator's open review page does not become stale.
 */
export function decideProgress(
  actor: LifecycleActor,
  id: string,
  actionNumber: number,
  approve: boolean,
  seenPendingAt: Date,
) {
  return transition(id, "decideProgress", actor, {
    data: (before) => ({ updatedAt: before.updatedAt }),
    commitment: {
      actionNumber,
      where: { pendingAt: seenPendingAt },
      data: (before) => ({
        ...(approve && { progressNote: before.pendingNote, progressLink: before.pendingLink }),
        pendingNote: null,
        pendingLink: null,
        pendingAt: null,
      }),
    },
  });
}

/**
 * Housekeeping: tells the endorser, once per wait, that their overdue endorsement is still being
 * reviewed. `sentBefore` is the reminder time the caller read (null: none yet): an instance that
 * got there first makes this a no-op. The record's updatedAt is kept, so a moderator's open review
 * page does not become stale because of it.
 */
export function remindReview(id: string, sentBefore: Date | null) {
  return transition(id, "remindReview", system, {
    onlyIf: { reviewReminderSentAt: sentBefore },
    data: (before) => ({ reviewReminderSentAt: new Date(), updatedAt: before.updatedAt }),
    email: (after) => endorsementEmail({ kind: "stillReviewing", ...contactEmail(after) }),
  });
}

/** The columns the public fields set, with the ones derived from them (search key, region, domain). */
export function publicFieldsData(fields: PublicFields, contactEmail: string) {
  return {
    name: fields.name,
    nameKey: nameKey(fields.name),
    acronym: fields.acronym ?? null,
    type: fields.type,
    countryCode: fields.countryCode,
    region: regionOf(fields.countryCode),
    city: fields.city ?? null,
    website: fields.website ?? null,
    websiteDomain: domainOf(fields.website),
    domainVerified: checkDomain(contactEmail, fields.website).verified,
    statement: fields.statement ?? null,
  };
}

/** The endorser's own changes (manage link); an approved or rejected endorsement goes back to review. */
export async function updateEndorsement(id: string, input: EndorsementInput, logoImageId?: string) {
  return transition(id, "update", endorser, {
    data: (before) => ({
      ...publicFieldsData(input, withContact(before).contactEmail),
      ...sealContact({ ...input, contactEmail: withContact(before).contactEmail }),
      consentEmails: input.consentEmails,
      locale: input.locale,
      ...(logoImageId ? { logoId: logoImageId } : {}),
    }),
    commitments: input.commitments,
  });
}

export const withdrawEndorsement = (id: string) =>
  transition(id, "withdraw", endorser, { data: () => ({ withdrawnAt: new Date() }) });

/** The endorser changes their mind: a withdrawn endorsement goes back to the review queue. */
export const restoreEndorsement = (id: string) =>
  transition(id, "restore", endorser, { data: () => ({ withdrawnAt: null }) });

/** Deletes the endorsement and everything about it (its logo too, unless another record uses it). */
export async function eraseEndorsement(id: string) {
  return (await transition(id, "erase", endorser)) === null;
}

/** Staff correct public fields; the status stays. */
export const editPublicFields = (actor: LifecycleActor, id: string, fields: PublicFields) =>
  transition(id, "edit", actor, { data: (before) => publicFieldsData(fields, withContact(before).contactEmail) });

export type Flags = { logoHidden?: boolean; featured?: boolean; isPartner?: boolean };

export const setFlags = (actor: LifecycleActor, id: string, flags: Flags) =>
  transition(id, "flag", actor, { data: () => flags });

/**
 * Endorsements stored before the verified-domain check existed (created before `checkedSince`) were
 * stored unverified: the ones whose contact shares the website's domain are marked, through the
 * lifecycle so the public record notes it. Run by `npm run db:setup`; idempotent.
 */
export async function backfillDomainVerified(checkedSince: Date) {
  let marked = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await db().endorsement.findMany({
      where: { domainVerified: false, website: { not: null }, contactErasedAt: null, createdAt: { lt: checkedSince } },
      select: { id: true, website: true, ...sealedContact },
      orderBy: { id: "asc" },
      take: 500,
      ...(after && { cursor: { id: after }, skip: 1 }),
    });
    for (const row of rows) {
      if (!checkDomain(withContact(row).contactEmail, row.website).verified) continue;
      const updated = await transition(row.id, "recheckDomain", system, { data: () => ({ domainVerified: true }) });
      if (updated) marked += 1;
    }
    if (rows.length < 500) return marked;
    after = rows[rows.length - 1].id;
  }
}

/** Staff put an endorsement on hold, or release it: the retention clean-up leaves held ones alone. */
export const setRetentionHold = (actor: LifecycleActor, id: string, hold: boolean) =>
  transition(id, "hold", actor, { data: () => ({ retentionHold: hold }) });

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

/**
 * A sign-up never confirmed gives way to a new attempt for the same organisation from another address
 * (the first one was mistyped): it is deleted with its tokens and logo (decision 017).
 */
export async function replaceUnconfirmed(id: string) {
  return (await transition(id, "purge", system)) === null;
}

/**
 * Housekeeping: deletes sign-ups never confirmed within `days` (one statement, one audit entry for
 * the batch; they were never public) and expired tokens. Held sign-ups stay.
 */
export async function purgeUnconfirmed(now = new Date(), days = 30) {
  const cutoff = daysBefore(now, days);
  const from = Object.keys(transitions.purge.moves) as Status[];
  const removed = await db().$transaction(async (tx) => {
    const { count } = await tx.endorsement.deleteMany({
      where: { status: { in: from }, createdAt: { lt: cutoff }, retentionHold: false },
    });
    if (count > 0)
      await recordAudit(
        { actor: system, action: "endorsement.purge", entityType: "Endorsement", after: { count, before: cutoff } },
        tx,
      );
    return count;
  });
  await db().emailToken.deleteMany({ where: { expiresAt: { lt: now } } });
  return removed;
}

/** The placeholder address of an endorsement whose contact details were erased (never deliverable). */
const erasedAddress = (id: string) => `erased+${id}@erased.invalid`;

/**
 * Housekeeping: erases the contact person (name, role, email) of endorsements rejected or withdrawn
 * more than `days` ago, unless staff put them on hold. The organisation's record stays (a take-down
 * or withdrawal remains on file); the contact can no longer be reached or use a manage link.
 */
export async function eraseClosedContacts(now = new Date(), days = 90) {
  const cutoff = daysBefore(now, days);
  const due = await db().endorsement.findMany({
    where: {
      contactErasedAt: null,
      retentionHold: false,
      OR: [
        { status: "REJECTED", rejectedAt: { lt: cutoff } },
        { status: "WITHDRAWN", withdrawnAt: { lt: cutoff } },
      ],
    },
    select: { id: true },
    take: 1000,
  });
  let erased = 0;
  for (const { id } of due) {
    const after = await transition(id, "eraseContact", system, {
      data: () => ({
        ...sealContact({ contactName: "", contactRole: null, contactEmail: erasedAddress(id) }),
        consentEmails: false,
        contactErasedAt: now,
      }),
    });
    if (after) erased += 1;
  }
  return erased;
}
