import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseActions, parseDefinition, parseKeyMessages, parsePartners } from "./campaign-sources";

const source = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "../../prisma/seed/sources", `${name}.txt`), "utf8");
const campaign = source("campaign");
const callToAction = source("call-to-action");

describe("campaign sources", () => {
  it("reads the five key messages word for word", () => {
    const messages = parseKeyMessages(callToAction);
    expect(messages).toHaveLength(5);
    expect(messages[0]).toBe(
      "We are ale unites organisations to make adult learning and education seen, understood and valued all around the world",
    );
    expect(messages[4]).toBe("We are ale - uniting for justice, well-being and change!");
  });

  it("reads nine actions in three horizons with their explanations", () => {
    const actions = parseActions(callToAction);
    expect(actions.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(actions.filter((a) => a.horizon === "IMMEDIATE").map((a) => a.number)).toEqual([1, 2, 3]);
    expect(actions.filter((a) => a.horizon === "MEDIUM_TERM").map((a) => a.number)).toEqual([4, 5, 6, 7]);
    expect(actions.filter((a) => a.horizon === "LONGER_TERM").map((a) => a.number)).toEqual([8, 9]);
    expect(actions[0].title).toBe(
      "Adopt the ALE campaign logo and integrate it into your organisation's communications",
    );
    expect(actions[2].body.split("\n\n")).toHaveLength(2);
    expect(actions[8].body).toMatch(/^Address your governments/);
    expect(actions[8].body).not.toContain("Endorse the");
  });

  it("lists every partner once, with full names and own-language names", () => {
    const partners = parsePartners(campaign, callToAction);
    const acronyms = partners.map((p) => p.acronym ?? p.name);
    expect(acronyms).toEqual([
      "AAACE",
      "Al Makassed Philanthropic Islamic Association of Beirut",
      "ASPBAE",
      "CASAE",
      "CEAAL",
      "CLADE",
      "COLLO",
      "DVV International",
      "EAEA",
      "ICAE",
      "ICEA",
      "JACAE",
      "Pamoja West Africa",
      "PIMA",
      "REPEM",
      "UIL",
    ]);
    const byAcronym = Object.fromEntries(partners.map((p) => [p.acronym, p]));
    expect(byAcronym["DVV International"].name).toBe(
      "Institute for International Cooperation of the German Adult Education Association (DVV)",
    );
    expect(byAcronym.CLADE.localName).toBe("Campaña Latinoamericana por el Derecho a la Educación");
    expect(byAcronym.CEAAL.localName).toBe("Consejo de educación popular de américa latina y el caribe");
    expect(byAcronym.UIL).toMatchObject({ name: "UNESCO Institute for Lifelong Learning", founding: false });
    expect(byAcronym.AAACE.localName).toBeNull();
  });

  it("keeps the agreed definition intact", () => {
    const { definition, basis, vision, bangkokStatement } = parseDefinition(campaign);
    expect(definition).toHaveLength(2);
    expect(definition[0]).toMatch(/^The ultimate goal of ALE is to ensure that adults/);
    expect(definition[1]).toMatch(/contributing to sustainable learning societies\.$/);
    expect(basis).toContain("UNESCO Recommendation on Adult Learning and Education (RALE)");
    expect(vision).toMatch(/ALE is a human right\.$/);
    expect(bangkokStatement).toMatch(/^We are a global alliance.*social movements\.$/);
  });
});
