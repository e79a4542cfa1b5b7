import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { seedNews } from "../../prisma/seed/news-events";

// Issue #12: the site says nothing the campaign's texts do not say, and leaves out nothing they do.
describe("content fidelity", () => {
  it("adds no gloss of our own to the three domains", () => {
    for (const domain of Object.values(en.Domains)) expect(Object.keys(domain)).toEqual(["title"]);
  });

  it("notes that CONFINTEA VII took place, beside the campaign's own wording", () => {
    expect(en.CallToAction.actionNotes["6"]).toMatch(/Marrakech.*June 2022/);
  });

  it("publishes the Education Alliance press release whole, with its source", () => {
    const release = seedNews.find((item) => item.slug.includes("education-alliance"));
    expect(release?.sourceUrl).toMatch(/^https:\/\//);
    for (const part of [
      "Skills for Tomorrow",
      "Together for Crisis Resilient Public Education",
      "SANDRATA",
      "What is the purpose of this Alliance?",
      "protection and harmonious development of the child",
    ]) {
      expect(release?.body).toContain(part);
    }
  });

  it("links every seeded news item to its source", () => {
    for (const item of seedNews) expect(item.sourceUrl, item.slug).toMatch(/^https:\/\//);
  });
});
