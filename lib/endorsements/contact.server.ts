import "server-only";
import { emailHash, emailHashes, open, seal } from "../crypto/data-key.server";
import { normaliseEmail } from "../crypto/sealed";

// The one way in and out of an endorsement's contact details, which are stored sealed
// (docs/decisions/027): writes seal, reads open, lookups by email go through the keyed hash.

export type Contact = { contactName: string; contactRole: string | null; contactEmail: string };
type SealedContact = { contactNameSealed: string; contactRoleSealed: string | null; contactEmailSealed: string };

/** Select these with an endorsement to read its contact through `withContact`. */
export const sealedContact = { contactNameSealed: true, contactRoleSealed: true, contactEmailSealed: true } as const;

/** The columns to write for a contact (the email lower-cased, with its hash). */
export function sealContact(contact: { contactName: string; contactRole?: string | null; contactEmail: string }) {
  const email = normaliseEmail(contact.contactEmail);
  return {
    contactNameSealed: seal(contact.contactName),
    contactRoleSealed: contact.contactRole ? seal(contact.contactRole) : null,
    contactEmailSealed: seal(email),
    contactEmailHash: emailHash(email),
  };
}

/** The row with its sealed columns replaced by the opened contact. */
export function withContact<Row extends SealedContact>(row: Row): Omit<Row, keyof SealedContact> & Contact {
  const { contactNameSealed, contactRoleSealed, contactEmailSealed, ...rest } = row;
  return {
    ...rest,
    contactName: open(contactNameSealed),
    contactRole: contactRoleSealed === null ? null : open(contactRoleSealed),
    contactEmail: open(contactEmailSealed),
  };
}

/** Where-clause for the endorsement with this contact email (under the current or an old key). */
export function byContactEmail(email: string) {
  return { contactEmailHash: { in: emailHashes(email) } };
}
