import { randomBytes } from "./random";

/** The shape of a database id (a cuid): checked before a URL or form value reaches a query. */
export const idPattern = /^[a-z0-9]{20,40}$/;

/** A keyset cursor: a time in milliseconds and an id ("after" the last row shown). */
export const cursorPattern = /^\d{13}_[a-z0-9]{20,40}$/;

const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

/**
 * A new id in the shape of Prisma's cuids ("c", the time, then randomness: 25 lower-case letters and
 * digits), for rows written with raw SQL, which does not run Prisma's `@default(cuid())`. The time
 * first keeps new rows together in the id's index; the 16 random characters (~82 bits) keep ids
 * made in the same millisecond apart.
 */
export function newId(at = Date.now()): string {
  let tail = "";
  // Bytes from 252 up are skipped (252 = 7 × 36), so no character is likelier than another.
  while (tail.length < 16)
    for (const byte of randomBytes(20)) if (byte < 252 && tail.length < 16) tail += alphabet[byte % 36];
  return `c${at.toString(36).padStart(8, "0")}${tail}`;
}
