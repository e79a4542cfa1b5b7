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
 * Per action, how many approved endorsers committed to it (whatever their progress), started it and
 * did it. A count over every commitment, so only for cached pages and the dashboard.
 */
export async function actionProgressCounts() {
  const rows = await db().commitment.groupBy({
    by: ["actionNumber", "progress"],
    where: { endorsement: { status: "APPROVED" } },
    _count: { _all: true },
  });
  const counts = new Map<number, { committed: number; started: number; done: number }>();
  for (const row of rows) {
    const count = counts.get(row.actionNumber) ?? { committed: 0, started: 0, done: 0 };
    count.committed += row._count._all;
    if (row.progress === "STARTED") count.started += row._count._all;
    if (row.progress === "DONE") count.done += row._count._all;
    counts.set(row.actionNumber, count);
  }
  return counts;
}

/**
 * The actions with how many approved endorsers committed to, started and did each: never per
 * request, only on pages cached under the `endorsers` tag (the call to action).
 */
export async function getActions(locale: string) {
  await dependsOn(cacheTags.endorsers);
  const [actions, counts] = await Promise.all([getActionTitles(locale), actionProgressCounts()]);
  return actions.map((action) => ({
    ...action,
    ...(counts.get(action.number) ?? { committed: 0, started: 0, done: 0 }),
  }));
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
