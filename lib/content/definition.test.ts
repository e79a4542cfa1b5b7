import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { parseDefinition } from "./campaign-sources";

const campaign = readFileSync(path.join(import.meta.dirname, "../../prisma/seed/sources/campaign.txt"), "utf8");

describe("the agreed definition on the site", () => {
  it("is the campaign's own wording, not a paraphrase", () => {
    const { definition, vision, bangkokStatement } = parseDefinition(campaign);
    expect(en.Definition.paragraph1).toBe(definition[0]);
    expect(en.Definition.paragraph2).toBe(definition[1]);
    expect(en.Definition.vision).toBe(vision);
    expect(en.Definition.bangkok).toBe(bangkokStatement);
  });
});
