// Endorsements made through the real submission and lifecycle, for tests that need many of them.
import { db } from "@/lib/db/client.server";
import { byContactEmail, withContact } from "@/lib/endorsements/contact.server";
import { approveEndorsement, confirmEndorsement, type LifecycleActor } from "@/lib/endorsements/lifecycle.server";
import { type EndorsementInput, validateEndorsement } from "@/lib/endorsements/schema";
import { submitEndorsement } from "@/lib/endorsements/submit.server";
import { issueToken } from "@/lib/security/tokens.server";

let counter = 0;

/** Valid form input for a new organisation (a unique name and address each call). */
export function endorsementInput(overrides: Record<string, unknown> = {}): EndorsementInput {
  counter++;
  const tag = `${counter}-${Math.random().toString(36).slice(2, 7)}`;
  const result = validateEndorsement({
    name: `Evening Classes ${tag}`,
    type: "ALE_PROVIDER",
    countryCode: "SN",
    website: `https://evening${tag}.example.org`,
    contactName: "Awa Diop",
    contactRole: "Director",
    contactEmail: `awa@evening${tag}.example.org`,
    commitments: ["1"],
    consentPublic: "on",
    locale: "fr",
    ...overrides,
  } as never);
  if (!result.success) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** Submitted and confirmed (waiting for review from now), or also approved by `approver`. */
export async function endorsementIn(
  status: "AWAITING_REVIEW" | "APPROVED",
  overrides: Record<string, unknown> = {},
  approver?: LifecycleActor,
) {
  const data = endorsementInput(overrides);
  await submitEndorsement(data, { ip: `10.9.${counter % 250}.${(counter * 7) % 250}` });
  const row = await db().endorsement.findFirstOrThrow({ where: byContactEmail(data.contactEmail) });
  await confirmEndorsement(await issueToken(row.id, "CONFIRM"));
  if (status === "APPROVED") {
    if (!approver) throw new Error("Approving needs a moderator.");
    await approveEndorsement(row.id, approver);
  }
  return { ...withContact(await db().endorsement.findUniqueOrThrow({ where: { id: row.id } })), input: data };
}
