import "server-only";
import { createHash } from "node:crypto";
import { type Database, db } from "../db/client.server";
import { env } from "../env.server";
import { Prisma, type TokenPurpose } from "../generated/prisma/client";
import { randomText } from "../random";

function lifetimeMs(purpose: TokenPurpose): number {
  if (purpose === "CONFIRM") return 7 * 24 * 3600_000; // a week; unconfirmed sign-ups are purged after 30 days
  if (purpose === "MANAGE") return 24 * 3600_000;
  // The yearly "Do you still endorse?" stays answerable until the endorsement would lapse.
  return env().RECONFIRM_ANSWER_DAYS * 24 * 3600_000;
}

/** The shape of every emailed token (32 random bytes, base64url): anything else is refused unread. */
export const isTokenShaped = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A new 256-bit token for an email link, and the row to store (its hash, never the token). */
export function newToken(purpose: TokenPurpose) {
  const token = randomText(32);
  return {
    token,
    row: { purpose, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + lifetimeMs(purpose)) },
  };
}

export async function issueToken(endorsementId: string, purpose: TokenPurpose): Promise<string> {
  const { token, row } = newToken(purpose);
  await db().emailToken.create({ data: { endorsementId, ...row } });
  return token;
}

/** The database, or a transaction that uses the token up only if the rest of it commits. */
type TokenClient = Pick<Database, "emailToken"> | Pick<Prisma.TransactionClient, "emailToken">;

/** The rows of a token still good for `purpose` at `now`: neither used nor expired. */
export const usableToken = (token: string, purpose: TokenPurpose, now: Date) =>
  ({
    tokenHash: hashToken(token),
    purpose,
    usedAt: null,
    expiresAt: { gt: now },
  }) satisfies Prisma.EmailTokenWhereInput;

/**
 * `usableToken` as SQL, for statements written by hand: the condition on an unaliased row of
 * "EmailToken". It takes the token's hash (`hashToken`), not the token.
 */
export const usableTokenSql = (tokenHash: string, purpose: TokenPurpose, now: Date) =>
  Prisma.sql`"tokenHash" = ${tokenHash} AND "purpose" = ${purpose}::"TokenPurpose" AND "usedAt" IS NULL
    AND "expiresAt" > ${now}::timestamp(3)`;

/** The endorsement a valid, unexpired, unused token points to; the token is used up (single use). */
export async function redeemToken(token: string, purpose: TokenPurpose, client: TokenClient = db()) {
  if (!isTokenShaped(token)) return null;
  const now = new Date();
  // One conditional update, so two clicks at once cannot both redeem it.
  const used = await client.emailToken.updateManyAndReturn({
    where: usableToken(token, purpose, now),
    data: { usedAt: now },
    select: { endorsementId: true },
  });
  return used[0]?.endorsementId ?? null;
}

/** Checks a token without using it up (for showing a form before the action). */
export async function peekToken(token: string, purpose: TokenPurpose) {
  if (!isTokenShaped(token)) return null;
  const found = await db().emailToken.findFirst({
    where: usableToken(token, purpose, new Date()),
    select: { endorsementId: true },
  });
  return found?.endorsementId ?? null;
}
