import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OrgLogo } from "@/components/content/org-logo";
import { type WallCard, type WallTexts, wallHref, wallResultsHtml, wallResultsMarks } from "./wall-results";

const texts: WallTexts = {
  filters: "Find an organisation",
  search: "Name",
  region: "Region",
  country: "Country",
  countryAfterRegion: "Choose a region to pick a country.",
  type: "Type",
  all: "All",
  apply: "Show",
  clear: "Clear filters",
  results: (count, atLeast) => `${atLeast ? "More than " : ""}${count} organisations`,
  verifiedDomain: "Verified",
  openData: "Open data",
  title: "Wall of endorsers",
  first: "Back to the newest",
  next: "More endorsers",
  regions: {
    AFRICA: "Africa",
    ARAB_STATES: "Arab States",
    ASIA_PACIFIC: "Asia & Pacific",
    EUROPE_NORTH_AMERICA: "Europe & North America",
    LATIN_AMERICA_CARIBBEAN: "Latin America & Caribbean",
  },
  types: {
    NGO_NETWORK: "Network",
    ALE_PROVIDER: "Provider",
    UNIVERSITY_RESEARCH: "University",
    GOVERNMENT_PUBLIC: "Government",
    INTERNATIONAL_ORGANISATION: "International",
    TRADE_UNION: "Union",
    PRIVATE_SECTOR: "Private",
    MEDIA: "Media",
    OTHER: "Other",
  },
};

const card = (fields: Partial<WallCard> = {}): WallCard => ({
  id: "e1",
  slug: "learners-gh",
  name: "Learners",
  acronym: null,
  type: "NGO_NETWORK",
  countryCode: "GH",
  domainVerified: false,
  logoHidden: false,
  logo: null,
  ...fields,
});

const html = (view: Partial<Parameters<typeof wallResultsHtml>[0]> = {}) =>
  wallResultsHtml({ locale: "en", filters: {}, endorsers: [card()], total: 1, atLeast: false, ...view }, texts);

describe("the wall's results part", () => {
  it("is marked where it starts and ends, so a search can replace it", () => {
    const part = html();
    expect(part.startsWith(wallResultsMarks.start)).toBe(true);
    expect(part.endsWith(wallResultsMarks.end)).toBe(true);
  });

  it("escapes every text a person typed: a name, a search, an acronym", () => {
    const part = html({
      filters: { q: '"><script>alert(1)</script>' },
      endorsers: [card({ name: "<img src=x onerror=alert(1)>", acronym: "<b>" })],
    });
    expect(part).not.toMatch(/<script|<img src=x|<b>/);
    expect(part).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(part).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it("keeps the chosen filters in the form, and offers countries only once a region is chosen", () => {
    const without = html();
    expect(without).not.toContain('name="country"');
    expect(without).toContain("Choose a region to pick a country.");
    const chosen = html({ filters: { q: "learn", region: "AFRICA", country: "GH", type: "UNIVERSITY_RESEARCH" } });
    expect(chosen).toContain('name="q" type="search" value="learn"');
    expect(chosen).toContain('<option value="AFRICA" selected="">Africa</option>');
    expect(chosen).toContain('<option value="GH" selected="">Ghana</option>');
    expect(chosen).toContain('<option value="UNIVERSITY_RESEARCH" selected="">University</option>');
    // Only the region's countries: Ghana is offered, France is not.
    expect(chosen).not.toContain('value="FR"');
    // A country alone picks its region's list.
    expect(html({ filters: { country: "FR" } })).toContain('<option value="FR" selected="">France</option>');
  });

  it("says how many match, and pages on with the same filters", () => {
    const part = html({
      filters: { q: "learn", after: "1700000000000_e0" },
      next: "1600000000000_e9",
      total: 1000,
      atLeast: true,
    });
    expect(part).toContain("More than 1000 organisations");
    expect(part).toContain('href="/en/endorsers?q=learn&amp;after=1600000000000_e9"');
    expect(part).toContain('href="/en/endorsers?q=learn" class="text-brand underline">Back to the newest');
    expect(html()).not.toContain("Back to the newest");
  });

  it("shows a logo or a badge exactly as the React OrgLogo does", () => {
    const logo = { sha256: "a".repeat(64) };
    expect(html({ endorsers: [card({ logo })] })).toContain(
      renderToStaticMarkup(<OrgLogo name="Learners" logo={logo} size="md" />),
    );
    expect(html({ endorsers: [card({ acronym: "LRN", logo, logoHidden: true })] })).toContain(
      renderToStaticMarkup(<OrgLogo name="Learners" acronym="LRN" logo={logo} hidden size="md" />),
    );
  });

  it("links each card to the endorser's page, with its country and type", () => {
    const part = html({ locale: "fr", endorsers: [card({ domainVerified: true })] });
    expect(part).toContain('href="/fr/endorsers/learners-gh"');
    expect(part).toContain("Ghana · Network");
    expect(part).toContain("✓ Verified");
  });
});

describe("wallHref", () => {
  it("writes only the filters that are set", () => {
    expect(wallHref("en", {})).toBe("/en/endorsers");
    expect(wallHref("en", { region: "AFRICA", q: "" })).toBe("/en/endorsers?region=AFRICA");
  });
});
