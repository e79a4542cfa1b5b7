// Loads the campaign's content (partners, key messages, call to action, news, events) from its
// source documents, and optionally demo endorsements. Safe to run again: it upserts.

import { readFileSync } from "node:fs";
import path from "node:path";
import { parseActions, parseKeyMessages, parsePartners } from "../../lib/content/campaign-sources";
import { actionTextKey, keyMessageTextKey } from "../../lib/content/campaign-texts";
import type { Database } from "../../lib/db/client.server";
import { sealContact } from "../../lib/endorsements/contact.server";
import { checkDomain } from "../../lib/endorsements/domain-check";
import { nameKey, slugify } from "../../lib/endorsements/names";
import { regionOf } from "../../lib/endorsements/regions";
import type { EndorsementStatus } from "../../lib/generated/prisma/client";
import { demoStaff } from "../../lib/staff/demo-accounts";
import { hashPassword } from "../../lib/staff/passwords.server";
import { type SeedText, seedCampaignTexts } from "./campaign-texts";
import { seedEvents, seedNews } from "./news-events";
import { translations } from "./translations";

const demoTld = (index: number) => (index % 3 === 0 ? "example.net" : "example.org");
const source = (name: string) => readFileSync(path.join(import.meta.dirname, "sources", `${name}.txt`), "utf8");

// Official sites we are sure of; the others are left for staff to fill in from the admin.
const partnerUrls: Record<string, string> = {
  AAACE: "https://www.aaace.org",
  ASPBAE: "https://www.aspbae.org",
  CASAE: "https://www.casae-aceea.ca",
  CEAAL: "https://www.ceaal.org",
  CLADE: "https://redclade.org",
  "DVV International": "https://www.dvv-international.de",
  EAEA: "https://eaea.org",
  ICAE: "https://icae.global",
  ICEA: "https://icea.qc.ca",
  UIL: "https://www.uil.unesco.org",
};

// The call to action prints CEAAL's own name in lower case; this is how the council writes it.
const partnerLocalNames: Record<string, string> = {
  CEAAL: "Consejo de Educación Popular de América Latina y el Caribe",
};

export async function seedCampaignContent(prisma: Database) {
  const campaign = source("campaign");
  const callToAction = source("call-to-action");

  const partners = parsePartners(campaign, callToAction);
  for (const [position, partner] of partners.entries()) {
    const slug = slugify(partner.acronym ?? partner.name);
    // The own-language names in the campaign text are all Spanish (CEAAL, CLADE).
    const localName = partnerLocalNames[partner.acronym ?? ""] ?? partner.localName;
    const localNameLanguage = localName ? "es" : null;
    const data = {
      ...partner,
      localName,
      localNameLanguage,
      position,
      url: partnerUrls[partner.acronym ?? ""] ?? null,
    };
    await prisma.partner.upsert({ where: { slug }, create: { slug, ...data }, update: data });
  }

  // Key messages and the actions' words are campaign texts (decision 029): seeded once, then staff's.
  const translated = Object.entries(translations);
  const sourced: SeedText[] = [];
  if ((await prisma.keyMessage.count()) === 0) {
    for (const [position, english] of parseKeyMessages(callToAction).entries()) {
      const { id } = await prisma.keyMessage.create({ data: { position } });
      const key = keyMessageTextKey(id);
      sourced.push({ key, locale: "en", text: english });
      for (const [locale, t] of translated) sourced.push({ key, locale, text: t.keyMessages[position] });
    }
  }

  for (const action of parseActions(callToAction)) {
    const { number, horizon } = action;
    await prisma.callToAction.upsert({ where: { number }, create: { number, horizon }, update: { horizon } });
    const [title, body] = [actionTextKey(number, "title"), actionTextKey(number, "body")];
    sourced.push({ key: title, locale: "en", text: action.title }, { key: body, locale: "en", text: action.body });
    for (const [locale, t] of translated) {
      sourced.push(
        { key: title, locale, text: t.actions[number].title },
        { key: body, locale, text: t.actions[number].body.join("\n\n") },
      );
    }
  }

  for (const { slug, publishedAt, sourceUrl, locale, title, summary, body } of seedNews) {
    const item = await prisma.newsItem.upsert({
      where: { slug },
      create: { slug, status: "PUBLISHED", publishedAt: new Date(publishedAt), sourceUrl },
      update: {},
    });
    await prisma.newsTranslation.upsert({
      where: { newsItemId_locale: { newsItemId: item.id, locale } },
      create: { newsItemId: item.id, locale, title, summary, body },
      update: {},
    });
  }

  for (const { slug, locale, title, summary, body, startsAt, endsAt, ...rest } of seedEvents) {
    const times = { startsAt: new Date(startsAt), endsAt: new Date(endsAt) };
    const event = await prisma.event.upsert({
      where: { slug },
      create: { slug, status: "PUBLISHED", ...times, ...rest },
      update: {},
    });
    await prisma.eventTranslation.upsert({
      where: { eventId_locale: { eventId: event.id, locale } },
      create: { eventId: event.id, locale, title, summary, body },
      update: {},
    });
  }

  await seedCampaignTexts(prisma, undefined, sourced);
  return { partners: partners.length };
}

// Demo data: believable organisations in many countries, clearly marked by example.org emails.
const demoPlaces: [string, string, string][] = [
  ["KE", "Nairobi", "en"],
  ["NG", "Lagos", "en"],
  ["SN", "Dakar", "fr"],
  ["GH", "Accra", "en"],
  ["ZA", "Cape Town", "en"],
  ["UG", "Kampala", "en"],
  ["ML", "Bamako", "fr"],
  ["CM", "Yaoundé", "fr"],
  ["ET", "Addis Ababa", "en"],
  ["TZ", "Dar es Salaam", "en"],
  ["MZ", "Maputo", "en"],
  ["BF", "Ouagadougou", "fr"],
  ["LB", "Beirut", "ar"],
  ["EG", "Cairo", "ar"],
  ["MA", "Rabat", "fr"],
  ["TN", "Tunis", "ar"],
  ["JO", "Amman", "ar"],
  ["PS", "Ramallah", "ar"],
  ["SD", "Khartoum", "ar"],
  ["IQ", "Erbil", "ar"],
  ["IN", "Pune", "en"],
  ["BD", "Dhaka", "en"],
  ["PH", "Quezon City", "en"],
  ["ID", "Yogyakarta", "en"],
  ["NP", "Kathmandu", "en"],
  ["KH", "Phnom Penh", "en"],
  ["MN", "Ulaanbaatar", "en"],
  ["AU", "Melbourne", "en"],
  ["NZ", "Wellington", "en"],
  ["JP", "Osaka", "en"],
  ["KR", "Suwon", "en"],
  ["FJ", "Suva", "en"],
  ["DE", "Bonn", "en"],
  ["FR", "Lyon", "fr"],
  ["ES", "Valencia", "es"],
  ["FI", "Tampere", "en"],
  ["PL", "Kraków", "en"],
  ["IE", "Dublin", "en"],
  ["CA", "Montréal", "fr"],
  ["US", "Chicago", "en"],
  ["GB", "Leeds", "en"],
  ["UA", "Lviv", "en"],
  ["SE", "Malmö", "en"],
  ["PT", "Porto", "es"],
  ["BR", "Recife", "es"],
  ["MX", "Oaxaca", "es"],
  ["CO", "Medellín", "es"],
  ["PE", "Cusco", "es"],
  ["CL", "Valparaíso", "es"],
  ["AR", "Rosario", "es"],
  ["UY", "Montevideo", "es"],
  ["GT", "Quetzaltenango", "es"],
  ["JM", "Kingston", "en"],
  ["HT", "Port-au-Prince", "fr"],
  ["BO", "El Alto", "es"],
  ["EC", "Quito", "es"],
];
const demoPatterns = [
  ["Community Learning Centre of {city}", "ALE_PROVIDER"],
  ["{city} Adult Education Association", "NGO_NETWORK"],
  ["Literacy for All – {city}", "NGO_NETWORK"],
  ["{city} Folk High School", "ALE_PROVIDER"],
  ["Institute for Lifelong Learning, {city}", "UNIVERSITY_RESEARCH"],
  ["{city} Municipal Adult Learning Service", "GOVERNMENT_PUBLIC"],
  ["Workers' Education Union of {city}", "TRADE_UNION"],
  ["Women's Popular Education Network {city}", "NGO_NETWORK"],
  ["{city} Community Radio for Learning", "MEDIA"],
  ["Second Chance Education Trust {city}", "OTHER"],
] as const;
const demoStatements = [
  "Adult learning changed our community. We endorse #weareALE so that every adult has the chance to learn.",
  "Literacy is the door to every other right. We are proud to stand with the alliance.",
  "We train adult educators and will use the campaign definition in our advocacy with local government.",
  null,
];

/** Deterministic pseudo-random numbers, so the demo looks the same on every machine. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export async function seedDemoEndorsements(prisma: Database, count = 300) {
  const next = random(42);
  const now = Date.now();
  const day = 86_400_000;
  let created = 0;
  for (let index = 0; index < count; index++) {
    const [countryCode, city, locale] = demoPlaces[index % demoPlaces.length];
    const [pattern, type] = demoPatterns[Math.floor(index / demoPlaces.length) % demoPatterns.length];
    const round = Math.floor(index / (demoPlaces.length * demoPatterns.length));
    const name = pattern.replace("{city}", city) + (round ? ` ${round + 1}` : "");
    const slug = `${slugify(name)}-${countryCode.toLowerCase()}`;
    const roll = next();
    const status: EndorsementStatus = roll < 0.85 ? "APPROVED" : roll < 0.95 ? "AWAITING_REVIEW" : "REJECTED";
    const createdAt = new Date(now - Math.floor(next() * 700 + 5) * day);
    const confirmedAt = new Date(createdAt.getTime() + 3_600_000);
    const decidedAt = new Date(confirmedAt.getTime() + Math.floor(next() * 5 + 1) * day);
    const actions = [1, 2, 3, 4, 5, 6, 7, 8, 9].filter(() => next() < 0.45);
    const existing = await prisma.endorsement.findUnique({ where: { slug }, select: { id: true } });
    if (existing) continue;
    await prisma.endorsement.create({
      data: {
        slug,
        name,
        nameKey: nameKey(name),
        inviteCode: `demo${index}`,
        type,
        countryCode,
        region: regionOf(countryCode),
        city,
        // Two in three write from their website's domain ("verified domain"), the others do not.
        website: `https://${slug}.${demoTld(index)}`,
        websiteDomain: `${slug}.${demoTld(index)}`,
        domainVerified: checkDomain(`contact+${index}@example.org`, `https://${slug}.${demoTld(index)}`).verified,
        ...sealContact({
          contactName: "Demo Contact",
          contactRole: "Coordinator",
          contactEmail: `contact+${index}@example.org`,
        }),
        statement: demoStatements[index % demoStatements.length],
        locale,
        consentPublic: true,
        consentEmails: index % 3 === 0,
        status,
        createdAt,
        confirmedAt,
        approvedAt: status === "APPROVED" ? decidedAt : null,
        rejectedAt: status === "REJECTED" ? decidedAt : null,
        rejectionReason: status === "REJECTED" ? "Not an organisation working in adult learning and education." : null,
        commitments: { create: (actions.length ? actions : [3]).map((actionNumber) => ({ actionNumber })) },
        statusChanges: {
          create: [
            { toStatus: "AWAITING_CONFIRMATION", at: createdAt },
            { fromStatus: "AWAITING_CONFIRMATION", toStatus: "AWAITING_REVIEW", at: confirmedAt },
            ...(status === "AWAITING_REVIEW"
              ? []
              : [{ fromStatus: "AWAITING_REVIEW" as const, toStatus: status, at: decidedAt }]),
          ],
        },
      },
    });
    created++;
  }
  return { created };
}

export { demoStaff };

/** The demo admin has no second factor: requiring one (the default) would stop every demo at setup. */
export async function seedDemoStaff(prisma: Database) {
  await prisma.setting.upsert({
    where: { key: "requireAdminTotp" },
    create: { key: "requireAdminTotp", value: false },
    update: {},
  });
  for (const staff of demoStaff) {
    if (await prisma.staffUser.findUnique({ where: { email: staff.email } })) continue;
    const { password, ...rest } = staff;
    await prisma.staffUser.create({ data: { ...rest, passwordHash: await hashPassword(password) } });
  }
}
