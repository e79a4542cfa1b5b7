import freeEmailDomains from "email-providers/all.json" with { type: "json" };
import { getDomain } from "tldts";

// "Verified domain": the contact writes from the organisation's own domain. Registrable domains come
// from the public suffix list (tldts), so "mail.unesco.org" matches "www.unesco.org" but
// "a.github.io" does not match "b.github.io"; free-mail providers come from a maintained list.

const freeMail = new Set<string>(freeEmailDomains);

export type DomainCheck =
  | { verified: true; domain: string }
  | {
      verified: false;
      reason: "noWebsite" | "malformed" | "freeMail" | "mismatch";
      emailDomain: string | null;
      websiteDomain: string | null;
    };

/** The registrable domain ("example.org.uk") of a host or URL; null for an IP, a bare suffix or garbage. */
export function registrableDomain(hostOrUrl: string | null | undefined): string | null {
  if (!hostOrUrl) return null;
  return getDomain(hostOrUrl.trim().toLowerCase(), { allowPrivateDomains: true }) ?? null;
}

export function isFreeMailDomain(domain: string): boolean {
  return freeMail.has(domain.toLowerCase());
}

/** Whether the contact email's registrable domain is the website's, and if not, why. */
export function checkDomain(contactEmail: string, website: string | null | undefined): DomainCheck {
  const host = contactEmail.includes("@") ? contactEmail.slice(contactEmail.lastIndexOf("@") + 1) : "";
  const emailDomain = registrableDomain(host);
  const websiteDomain = website ? registrableDomain(website) : null;
  if (emailDomain && (isFreeMailDomain(emailDomain) || isFreeMailDomain(host)))
    return { verified: false, reason: "freeMail", emailDomain, websiteDomain };
  if (!website) return { verified: false, reason: "noWebsite", emailDomain, websiteDomain };
  if (!emailDomain || !websiteDomain) return { verified: false, reason: "malformed", emailDomain, websiteDomain };
  if (emailDomain !== websiteDomain) return { verified: false, reason: "mismatch", emailDomain, websiteDomain };
  return { verified: true, domain: emailDomain };
}
