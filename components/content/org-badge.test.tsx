import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OrgBadge } from "./org-badge";

const badge = (name: string, acronym?: string | null) =>
  renderToStaticMarkup(<OrgBadge name={name} acronym={acronym} />).replace(/<[^>]+>/g, "");

describe("OrgBadge", () => {
  it("shows the organisation's own acronym", () => {
    expect(badge("Asia South Pacific Association for Basic and Adult Education", "ASPBAE")).toBe("ASPBAE");
  });

  it("invents no acronym for an organisation without one", () => {
    expect(badge("Al Makassed Philanthropic Islamic Association of Beirut")).toBe("A");
    expect(badge("جمعية المقاصد", null)).toBe("ج");
  });
});
