import { describe, expect, it } from "vitest";
import { checkDomain, isFreeMailDomain, registrableDomain } from "./domain-check";

describe("registrable domains (public suffix list)", () => {
  it("strips subdomains down to the registrable domain, multi-part suffixes included", () => {
    expect(registrableDomain("https://www.unesco.org/en/articles")).toBe("unesco.org");
    expect(registrableDomain("mail.unesco.org")).toBe("unesco.org");
    expect(registrableDomain("https://adult.learning.ac.uk")).toBe("learning.ac.uk");
    expect(registrableDomain("https://www.ministerio.gob.pe")).toBe("ministerio.gob.pe");
  });
  it("treats hosted sites (private suffixes) as separate owners", () => {
    expect(registrableDomain("https://alpha.github.io")).toBe("alpha.github.io");
    expect(registrableDomain("https://beta.github.io")).not.toBe(registrableDomain("https://alpha.github.io"));
  });
  it("answers null for what has no registrable domain", () => {
    for (const bad of ["", "not a domain", "http://127.0.0.1/", "co.uk", "localhost", null, undefined])
      expect(registrableDomain(bad)).toBeNull();
  });
});

describe("checkDomain", () => {
  it("verifies an address on the website's registrable domain", () => {
    expect(checkDomain("ana@mail.dvv-international.de", "https://www.dvv-international.de/en")).toEqual({
      verified: true,
      domain: "dvv-international.de",
    });
  });
  it("gives the reason when it cannot verify", () => {
    expect(checkDomain("ana@gmail.com", "https://gmail.com")).toMatchObject({ verified: false, reason: "freeMail" });
    expect(checkDomain("ana@yahoo.fr", "https://example.org")).toMatchObject({ verified: false, reason: "freeMail" });
    expect(checkDomain("ana@other.org", "https://example.org")).toEqual({
      verified: false,
      reason: "mismatch",
      emailDomain: "other.org",
      websiteDomain: "example.org",
    });
    expect(checkDomain("ana@example.org", null)).toMatchObject({ verified: false, reason: "noWebsite" });
    expect(checkDomain("ana@example.org", "https://10.0.0.1/")).toMatchObject({ verified: false, reason: "malformed" });
    expect(checkDomain("no-at-sign", "https://example.org")).toMatchObject({ verified: false, reason: "malformed" });
  });
  it("does not let a look-alike suffix pass", () => {
    expect(checkDomain("ana@example.org.evil.com", "https://example.org").verified).toBe(false);
    expect(checkDomain("ana@alpha.github.io", "https://beta.github.io").verified).toBe(false);
  });
  it("knows the common free-mail providers", () => {
    for (const domain of ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com"])
      expect(isFreeMailDomain(domain)).toBe(true);
    expect(isFreeMailDomain("unesco.org")).toBe(false);
  });
});
