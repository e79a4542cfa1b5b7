import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/audit.server";
import { emailHash, emailHashes } from "../crypto/data-key.server";
import { db } from "../db/client.server";
import { isUniqueViolation } from "../db/errors";
import { emailRow, queueEmail, queueEmailFrom, startDelivery } from "../email/queue.server";
import type { Prisma } from "../generated/prisma/client";
import { newId } from "../ids";
import { randomText } from "../random";
import { consumeEach, type Limit, refund } from "../security/rate-limit.server";
import { issueToken, newToken } from "../security/tokens.server";
import { byContactEmail, sealContact, withContact } from "./contact.server";
import { checkDomain } from "./domain-check";
import { endorsementEmail, siteLink } from "./emails.server";
import { replaceUnconfirmed } from "./lifecycle.server";
import { domainOf, nameKey, slugify } from "./names";
import { regionOf } from "./regions";
import type { EndorsementInput } from "./schema";

export type SubmitOutcome = { status: "accepted" } | { status: "rateLimited" } | { status: "replayed" };

/** Per address: generous enough for a training room behind one address, small enough to stop a flood. */
export const submissionIpLimit = (ip: string): Limit => ({ key: `endorse:ip:${ip}`, max: 10, windowSeconds: 3600 });

/** The plain slug when free (`baseTaken` is known from the duplicate lookup), else one with a random tail. */
async function uniqueSlug(base: string, baseTaken: boolean) {
  if (!baseTaken) return base;
  for (let attempt = 0; attempt < 4; attempt++) {
    const slug = `${base}-${randomBytes(2).toString("hex")}`;
    if (!(await db().endorsement.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
  return `${base}-${randomBytes(4).toString("hex")}`;
}

/**
 * What an earlier endorsement has in common with this one, in one query: the same contact address,
 * the same organisation in the same country, and which one holds the plain slug.
 */
async function findEarlier(input: EndorsementInput, key: string, slug: string) {
  const email = byContactEmail(input.contactEmail);
  const sameName = { nameKey: key, countryCode: input.countryCode };
  const rows = await db().endorsement.findMany({ where: { OR: [email, sameName, { slug }] }, take: 3 });
  const hashes = new Set(email.contactEmailHash.in);
  const sameEmail = rows.find((row) => hashes.has(row.contactEmailHash));
  const sameOrganisation = rows.find((row) => row.nameKey === key && row.countryCode === input.countryCode);
  return {
    sameEmail: sameEmail && withContact(sameEmail),
    sameOrganisation: sameOrganisation && withContact(sameOrganisation),
    slugHolder: rows.find((row) => row.slug === slug)?.id,
  };
}

/**
 * Records a new endorsement awaiting email confirmation and sends the confirmation link. A repeat
 * (same email, or same organisation in the same country once confirmed) creates nothing: the person
 * is emailed instead. The answer is the same either way, so the form cannot reveal who endorsed.
 */
export async function submitEndorsement(
  input: EndorsementInput,
  context: { ip: string; logoImageId?: string; inviteCode?: string; once?: Limit },
): Promise<SubmitOutcome> {
  const emailDomain = input.contactEmail.split("@")[1] ?? "";
  const limits = [
    submissionIpLimit(context.ip),
    { key: `endorse:email:${emailHash(input.contactEmail)}`, max: 3, windowSeconds: 86_400 },
    // Generous: large institutions and webmail providers share one domain.
    { key: `endorse:domain:${emailDomain}`, max: 200, windowSeconds: 3600 },
  ];
  // `once` (the form's stamp) is counted in the same statement: one round trip less per sign-up.
  const at = Date.now();
  const over = await consumeEach(context.once ? [context.once, ...limits] : limits, at);
  if (context.once && over.includes(context.once)) {
    await refund(limits, at); // a replayed form counts against nobody's limits
    return { status: "replayed" };
  }
  if (over.length > 0) return { status: "rateLimited" };

  const key = nameKey(input.name);
  const slug = `${slugify(input.name, 50)}-${input.countryCode.toLowerCase()}`;
  const { token, row: tokenRow } = newToken("CONFIRM");
  const confirmation = confirmationEmail(
    { name: input.name, contactEmail: input.contactEmail, contactName: input.contactName },
    input.locale,
    token,
  );
  const row = {
    input,
    nameKey: key,
    logoId: context.logoImageId ?? null,
    inviteCode: context.inviteCode ?? null,
    tokenRow,
    email: emailRow(confirmation),
  };
  // Sign-ups for one organisation sent at the same moment can undo what another just read (one
  // replaces the sign-up another found): an attempt that wrote nothing reads again, twice at most.
  for (let attempt = 1; ; attempt++) {
    if (await writeSignUp(input, key, slug, row)) return { status: "accepted" };
    if (attempt === 3) throw new Error("A sign-up kept losing races to others for its organisation");
  }
}

/** One attempt at a sign-up: true once it is written or answered as a duplicate, false if it wrote nothing. */
async function writeSignUp(input: EndorsementInput, key: string, slug: string, row: Omit<SubmissionRow, "slug">) {
  // Most sign-ups share nothing with an earlier endorsement: one statement writes them, unless an
  // endorsement already has this address, this organisation in this country, or the plain slug.
  const written = await settled(input, key, () => insertSubmission({ ...row, slug }, { unlessEarlier: true }));
  if (written !== "nothing") return true;

  const earlier = await findEarlier(input, key, slug);
  const sameEmail = earlier.sameEmail;
  const existing = sameEmail ?? earlier.sameOrganisation;
  // A sign-up nobody confirmed (an email address mistyped, decision 017) gives way to the new attempt,
  // which starts from scratch: nothing of the earlier one is handed over.
  if (existing && !sameEmail && existing.status === "AWAITING_CONFIRMATION") {
    await replaceUnconfirmed(existing.id);
  } else if (existing) {
    await notifyDuplicate(existing, input);
    return true;
  }
  // A replaced sign-up's slug is free again.
  const freeSlug = await uniqueSlug(slug, earlier.slugHolder !== undefined && earlier.slugHolder !== existing?.id);
  return (await settled(input, key, () => insertSubmission({ ...row, slug: freeSlug }))) !== "nothing";
}

/**
 * Runs one attempt to write a sign-up: "written" (its email is on its way), "nothing" (the attempt
 * wrote nothing, or lost only the web address to another organisation signing up at the same moment,
 * so it may try again under another) or "raced" (two identical submissions at once: the database's
 * unique keys let only one through, and this one is answered as a duplicate of the winner).
 */
async function settled(input: EndorsementInput, key: string, write: () => Promise<boolean>) {
  try {
    if (!(await write())) return "nothing";
    startDelivery();
    return "written";
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await findEndorsement({
      OR: [byContactEmail(input.contactEmail), { nameKey: key, countryCode: input.countryCode }],
    });
    if (!winner) return "nothing";
    await notifyDuplicate(winner, input);
    return "raced";
  }
}

type SubmissionRow = {
  slug: string;
  input: EndorsementInput;
  nameKey: string;
  logoId: string | null;
  /** The inviter's public code (`/endorse?via=`): an unknown one invites nobody. */
  inviteCode: string | null;
  tokenRow: ReturnType<typeof newToken>["row"];
  email: ReturnType<typeof emailRow>;
};

/**
 * The endorsement, its commitments, its first status, its confirmation token and the queued email,
 * written as one statement (decision 038): after a crash there is either all of it or none (and the
 * person got no answer, so tries again), and a launch-day burst costs one round trip per sign-up
 * where Prisma's nested create took eight. Times are sent from here, like Prisma's, so the
 * session's time zone cannot shift them. `unlessEarlier` writes nothing (false) when an endorsement
 * already has the address, the organisation in the country or the slug, so the common case needs
 * no look-up first.
 */
async function insertSubmission(row: SubmissionRow, options: { unlessEarlier?: boolean } = {}): Promise<boolean> {
  const { input, tokenRow, email } = row;
  const now = new Date();
  const contact = sealContact(input);
  // INSERT … SELECT, so the row can be conditional: each value is cast where text would not do.
  const written = await db().$executeRaw`
    WITH endorsement AS (
      INSERT INTO "Endorsement" ("id", "slug", "name", "nameKey", "acronym", "type", "countryCode", "region", "city",
        "website", "websiteDomain", "domainVerified", "contactNameSealed", "contactRoleSealed", "contactEmailSealed",
        "contactEmailHash", "statement", "locale", "consentPublic", "consentEmails", "status", "logoId", "inviteCode",
        "invitedById", "createdAt", "updatedAt")
      SELECT ${newId()}, ${row.slug}, ${input.name}, ${row.nameKey}, ${input.acronym ?? null},
        ${input.type}::"OrganisationType", ${input.countryCode}, ${regionOf(input.countryCode)}::"Region",
        ${input.city ?? null}, ${input.website ?? null}, ${domainOf(input.website) ?? null},
        ${checkDomain(input.contactEmail, input.website).verified}::boolean, ${contact.contactNameSealed},
        ${contact.contactRoleSealed}, ${contact.contactEmailSealed}, ${contact.contactEmailHash},
        ${input.statement ?? null}, ${input.locale}, ${input.consentPublic}::boolean, ${input.consentEmails}::boolean,
        'AWAITING_CONFIRMATION', ${row.logoId}, ${randomText(6)},
        (SELECT "id" FROM "Endorsement" WHERE "inviteCode" = ${row.inviteCode}), ${now}::timestamp(3),
        ${now}::timestamp(3)
      WHERE NOT (${options.unlessEarlier === true}::boolean AND EXISTS (
        SELECT 1 FROM "Endorsement"
        WHERE "contactEmailHash" = ANY(${emailHashes(input.contactEmail)}::text[])
          OR ("nameKey" = ${row.nameKey} AND "countryCode" = ${input.countryCode}) OR "slug" = ${row.slug}))
      RETURNING "id"),
    commitments AS (
      INSERT INTO "Commitment" ("endorsementId", "actionNumber")
      SELECT endorsement."id", action FROM endorsement, unnest(${input.commitments}::int[]) AS action),
    first_status AS (
      INSERT INTO "EndorsementStatusChange" ("id", "endorsementId", "toStatus", "at")
      SELECT ${newId()}, endorsement."id", 'AWAITING_CONFIRMATION', ${now}::timestamp(3) FROM endorsement),
    confirm_token AS (
      INSERT INTO "EmailToken" ("id", "endorsementId", "purpose", "tokenHash", "expiresAt", "createdAt")
      SELECT ${newId()}, endorsement."id", ${tokenRow.purpose}::"TokenPurpose", ${tokenRow.tokenHash},
        ${tokenRow.expiresAt}::timestamp(3), ${now}::timestamp(3) FROM endorsement)
    ${queueEmailFrom("endorsement", email, now)}`;
  return written === 1;
}

type Contact = { name: string; contactEmail: string; contactName: string };

async function findEndorsement(where: Prisma.EndorsementWhereInput) {
  const row = await db().endorsement.findFirst({ where });
  return row && withContact(row);
}

function confirmationEmail(endorsement: Contact, locale: string, token: string) {
  return endorsementEmail({
    kind: "confirm",
    locale,
    to: endorsement.contactEmail,
    contactName: endorsement.contactName,
    organisation: endorsement.name,
    link: siteLink(`/${locale}/endorse/confirm?token=${token}`),
  });
}

async function sendConfirmation(endorsement: Contact & { id: string }, locale: string) {
  await queueEmail(confirmationEmail(endorsement, locale, await issueToken(endorsement.id, "CONFIRM")));
}

async function notifyDuplicate(
  existing: {
    id: string;
    name: string;
    slug: string;
    contactEmail: string;
    contactName: string;
    status: string;
    consentPublic: boolean;
    locale: string;
  },
  input: EndorsementInput,
) {
  // Counted for the dashboard's statistics; who tried is not recorded.
  await recordAudit({
    actor: { kind: "system" },
    action: "endorsement.duplicateAttempt",
    entityType: "Endorsement",
    entityId: existing.id,
  });
  if (existing.contactEmail === input.contactEmail && existing.status === "AWAITING_CONFIRMATION") {
    // "I never got the email": sending the form again sends a fresh confirmation link.
    await sendConfirmation(existing, input.locale);
    return;
  }
  if (existing.contactEmail === input.contactEmail) {
    const token = await issueToken(existing.id, "MANAGE");
    await queueEmail(
      endorsementEmail({
        kind: "alreadyYours",
        locale: input.locale,
        to: existing.contactEmail,
        contactName: existing.contactName,
        organisation: existing.name,
        link: siteLink(`/api/manage?token=${token}&locale=${input.locale}`),
      }),
    );
    return;
  }
  // Someone else's organisation: name it as the wall does if it is public; otherwise say only what
  // this person typed, so a rejected or pending endorsement's spelling and status stay private.
  const isPublic = existing.status === "APPROVED" && existing.consentPublic;
  await queueEmail(
    endorsementEmail({
      kind: "alreadyExists",
      locale: input.locale,
      to: input.contactEmail,
      contactName: input.contactName,
      organisation: isPublic ? existing.name : input.name,
      link: isPublic ? siteLink(`/${input.locale}/endorsers/${existing.slug}`) : undefined,
    }),
  );
}
