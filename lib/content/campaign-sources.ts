// Parsers for the campaign's own texts (prisma/seed/sources/*.txt, copied from the alliance's
// documents). They read the wording as published: the seed must not paraphrase the campaign.

export type ParsedPartner = { acronym: string | null; name: string; localName: string | null; founding: boolean };
export type ParsedAction = {
  number: number;
  horizon: "IMMEDIATE" | "MEDIUM_TERM" | "LONGER_TERM";
  title: string;
  body: string;
};

const DASH = /\s+[–-]\s*|\s*[–-]\s+/;

function lines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim());
}

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`Source text lacks "${start}"`);
  const to = text.indexOf(end, from + start.length);
  return text.slice(from + start.length, to < 0 ? undefined : to);
}

/** The key messages listed after "Our Key Messages are:". */
export function parseKeyMessages(callToAction: string): string[] {
  return lines(between(callToAction, "Our Key Messages are:", "Immediate Actions"))
    .filter((line) => line.startsWith("- "))
    .map((line) => line.slice(2).trim());
}

const horizons = [
  ["Immediate Actions", "IMMEDIATE"],
  ["Medium Term Actions", "MEDIUM_TERM"],
  ["Longer Term Actions", "LONGER_TERM"],
] as const;

/** The nine numbered actions with their horizon and explanatory paragraphs. */
export function parseActions(callToAction: string): ParsedAction[] {
  const actions: ParsedAction[] = [];
  horizons.forEach(([heading, horizon], index) => {
    const next = horizons[index + 1]?.[0] ?? "Endorse the";
    let current: ParsedAction | undefined;
    const paragraphs: string[] = [];
    const flush = () => {
      if (current) actions.push({ ...current, body: paragraphs.splice(0).join("\n\n") });
    };
    for (const line of lines(between(callToAction, heading, next))) {
      const numbered = /^(\d+)\.\s+(.+)$/.exec(line);
      if (numbered) {
        flush();
        current = { number: Number(numbered[1]), horizon, title: numbered[2].trim(), body: "" };
      } else if (line && current) {
        paragraphs.push(line);
      }
    }
    flush();
  });
  return actions;
}

function splitPartner(line: string): { acronym: string | null; name: string } {
  const parts = line.split(DASH);
  if (parts.length >= 2) return { acronym: parts[0].trim(), name: parts.slice(1).join(" – ").trim() };
  return { acronym: null, name: line };
}

/**
 * Founding partners as listed in the campaign text, completed with the partners the call to
 * action adds (e.g. UIL) and the names in the organisations' own languages it gives.
 */
export function parsePartners(campaign: string, callToAction: string): ParsedPartner[] {
  const founding = lines(campaign.slice(campaign.indexOf("Founding Partners of this campaign")))
    .slice(1)
    .filter(Boolean)
    .map((line) => ({ ...splitPartner(line), localName: null as string | null, founding: true }));
  const key = (p: { acronym: string | null; name: string }) => (p.acronym ?? p.name).toLowerCase();
  const byKey = new Map(founding.map((partner) => [key(partner), partner]));

  let previousHadAcronym = false;
  let previous: ParsedPartner | undefined;
  const section = between(callToAction, "Partners of this campaign", "Endorse the");
  for (const line of lines(section).filter(Boolean)) {
    const parsed = splitPartner(line);
    const known = byKey.get(key(parsed));
    if (known) {
      previous = known;
      previousHadAcronym = parsed.acronym !== null;
    } else if (parsed.acronym) {
      const added: ParsedPartner = { ...parsed, localName: null, founding: false };
      founding.push(added);
      byKey.set(key(added), added);
      previous = added;
      previousHadAcronym = true;
    } else if (previous && previousHadAcronym && !previous.localName) {
      // An unlabelled line under an acronym entry is its name in its own language.
      previous.localName = line.charAt(0).toUpperCase() + line.slice(1);
    }
  }
  return founding;
}

/** The agreed definition, its vision text and the alliance's Bangkok Declaration statement. */
export function parseDefinition(campaign: string) {
  const paragraphs = campaign
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter(Boolean);
  const find = (start: string) => {
    const found = paragraphs.find((p) => p.startsWith(start));
    if (!found) throw new Error(`Campaign text lacks a paragraph starting "${start}"`);
    return found;
  };
  const second = find("ALE enables people to develop");
  const basis = "This definition is based on";
  return {
    definition: [find("The ultimate goal of ALE"), second.slice(0, second.indexOf(basis)).trim().replace(/”$/, "")],
    basis: second.slice(second.indexOf(basis)).trim(),
    vision: find("ALE is a powerful driver"),
    bangkokStatement: find("“We are a global alliance").replace(/^“|”$/g, ""),
  };
}
