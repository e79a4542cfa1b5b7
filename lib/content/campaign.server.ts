import "server-only";
import { cacheTags, dependsOn } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import { wallCounts } from "../endorsements/wall.server";
import { actionTextKey, keyMessageTextKey } from "./campaign-texts";
import { campaignTextsIn } from "./campaign-texts.server";

/** The key messages on the site (not retired), in staff's order, each in the language it is shown in. */
export async function getKeyMessages(locale: string) {
  const messages = await db().keyMessage.findMany({
    where: { retiredAt: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true },
  });
  const texts = await campaignTextsIn(
    locale,
    messages.map((message) => keyMessageTextKey(message.id)),
  );
  return messages.flatMap((message) => {
    const text = texts.get(keyMessageTextKey(message.id));
    return text ? [{ id: message.id, text: text.text, locale: text.locale, isFallback: text.locale !== locale }] : [];
  });
}

/** The nine actions in a language, without counts (cheap: for forms and endorser pages). */
export async function getActionTitles(locale: string) {
  const actions = await db().callToAction.findMany({ orderBy: { number: "asc" } });
  const texts = await campaignTextsIn(
    locale,
    actions.flatMap((action) => [actionTextKey(action.number, "title"), actionTextKey(action.number, "body")]),
  );
  return actions.flatMap((action) => {
    const title = texts.get(actionTextKey(action.number, "title"));
    if (!title) return [];
    const body = texts.get(actionTextKey(action.number, "body"));
    return [
      {
        number: action.number,
        horizon: action.horizon,
        title: title.text,
        paragraphs: (body?.text ?? "").split(/\n{2,}/).filter(Boolean),
        locale: title.locale,
        isFallback: title.locale !== locale,
      },
    ];
  });
}

/**
 * The actions with how many approved endorsers committed to each: a count over every commitment,
 * so only for cached pages (the call to action) and the dashboard, never per request.
 */
export async function getActions(locale: string) {
  await dependsOn(cacheTags.endorsers);
  const [actions, counts] = await Promise.all([
    getActionTitles(locale),
    db().commitment.groupBy({
      by: ["actionNumber"],
      where: { endorsement: { status: "APPROVED" } },
      _count: { _all: true },
    }),
  ]);
  const committed = new Map(counts.map((row) => [row.actionNumber, row._count._all]));
  return actions.map((action) => ({ ...action, committed: committed.get(action.number) ?? 0 }));
}

export async function getPartners() {
  return db().partner.findMany({
    orderBy: { position: "asc" },
    include: { logo: { select: { sha256: true, width: true, height: true } } },
  });
}

/** Public figures: approved endorsers, the countries and regions they come from, partners. */
export async function getCampaignFigures() {
  const [counts, partners] = await Promise.all([wallCounts(), db().partner.count()]);
  return {
    endorsers: counts.total,
    countries: counts.countries.length,
    regions: Object.keys(counts.regions).length,
    partners,
  };
}

/** Endorsers for the home page: the ones staff featured first, then the latest; public fields only. */
export async function getLatestEndorsers(take = 8) {
  await dependsOn(cacheTags.endorsers);
  return db().endorsement.findMany({
    where: { status: "APPROVED", consentPublic: true },
    orderBy: [{ featured: "desc" }, { approvedAt: "desc" }],
    take,
    select: {
      slug: true,
      name: true,
      acronym: true,
      countryCode: true,
      logoHidden: true,
      logo: { select: { sha256: true } },
    },
  });
}
