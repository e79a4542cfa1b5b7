import { badgeClass, badgeLetters } from "@/components/content/org-badge";
import { logoPixels } from "@/components/content/org-logo";
import { inputClass } from "@/components/endorse/field";
import { countriesInRegion, countryName } from "@/lib/endorsements/country-names";
import { type RegionCode, regionOf, regions } from "@/lib/endorsements/regions";
import { organisationTypes } from "@/lib/endorsements/schema";

type OrganisationType = (typeof organisationTypes)[number];

// The part of the wall that follows the filters: the search form, how many match, the cards and the
// paging links, written as an HTML string. The React page shows it as is, and a search or a filter
// is answered with the same string set into the wall's cached page (decision 035), so one
// function writes it for both and a search costs no React render.

export type WallFilterValues = {
  q?: string;
  region?: RegionCode;
  country?: string;
  type?: OrganisationType;
  after?: string;
};

export type WallCard = {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  type: OrganisationType;
  countryCode: string;
  domainVerified: boolean;
  logoHidden: boolean;
  logo: { sha256: string } | null;
};

export type WallResults = {
  locale: string;
  filters: WallFilterValues;
  endorsers: WallCard[];
  next?: string;
  total: number;
  atLeast: boolean;
};

/** The words of that part, in the page's language (`wallTexts` reads them). */
export type WallTexts = {
  filters: string;
  search: string;
  region: string;
  country: string;
  countryAfterRegion: string;
  type: string;
  all: string;
  apply: string;
  clear: string;
  results: (count: number, atLeast: boolean) => string;
  verifiedDomain: string;
  openData: string;
  title: string;
  first: string;
  next: string;
  regions: Record<RegionCode, string>;
  types: Record<OrganisationType, string>;
};

/** Where the part starts and ends in the page: the filtered answer replaces what lies between. */
export const wallResultsMarks = { start: "<!--wall-results-->", end: "<!--/wall-results-->" } as const;

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The wall's address for these filters (without a page cursor unless given). */
export function wallHref(locale: string, filters: WallFilterValues, after?: string) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, after })) if (value) search.set(key, value);
  return `/${locale}/endorsers${search.size ? `?${search}` : ""}`;
}

export function wallResultsHtml(view: WallResults, t: WallTexts): string {
  return `${wallResultsMarks.start}${filterForm(view, t)}<p class="mt-6 font-medium" aria-live="polite">${escapeHtml(
    t.results(view.total, view.atLeast),
  )}</p><ul class="wall-cards mt-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">${view.endorsers
    .map((endorser) => card(view.locale, endorser, t))
    .join(
      "",
    )}</ul><p class="mt-8 text-sm text-neutral-700"><a href="/${view.locale}/open-data" class="underline">${escapeHtml(
    t.openData,
  )}</a></p>${paging(view, t)}${wallResultsMarks.end}`;
}

function options(values: readonly string[], chosen: string | undefined, label: (value: string) => string, all: string) {
  const option = (value: string, text: string) =>
    `<option value="${escapeHtml(value)}"${value === (chosen ?? "") ? ' selected=""' : ""}>${escapeHtml(text)}</option>`;
  return option("", all) + values.map((value) => option(value, label(value))).join("");
}

function select(name: string, label: string, optionsHtml: string) {
  return `<label class="grid gap-1"><span>${escapeHtml(label)}</span><select name="${name}" class="${inputClass}">${optionsHtml}</select></label>`;
}

function filterForm({ locale, filters }: WallResults, t: WallTexts) {
  // Region first: the country list holds only the chosen region's countries, not all 250.
  const pickerRegion = filters.region ?? (filters.country ? regionOf(filters.country) : undefined);
  const countries = pickerRegion ? countriesInRegion(locale, pickerRegion) : [];
  const names = new Map(countries.map((country) => [country.code, country.name]));
  const countryPicker = pickerRegion
    ? select(
        "country",
        t.country,
        options(
          countries.map((country) => country.code),
          filters.country,
          (code) => names.get(code) ?? code,
          t.all,
        ),
      )
    : `<p class="text-sm text-neutral-700 md:self-center">${escapeHtml(t.countryAfterRegion)}</p>`;
  return `<search class="mt-8 block"><form method="get" action="/${locale}/endorsers" class="grid gap-3 rounded-lg bg-neutral-50 p-4 md:grid-cols-5 md:items-end"><h2 class="text-lg font-semibold md:col-span-5">${escapeHtml(
    t.filters,
  )}</h2><label class="grid gap-1"><span>${escapeHtml(t.search)}</span><input name="q" type="search" value="${escapeHtml(
    filters.q ?? "",
  )}" maxlength="100" class="${inputClass}"/></label>${select(
    "region",
    t.region,
    options(regions, filters.region, (region) => t.regions[region as RegionCode], t.all),
  )}${countryPicker}${select(
    "type",
    t.type,
    options(organisationTypes, filters.type, (type) => t.types[type as OrganisationType], t.all),
  )}<div class="flex gap-3"><button type="submit" class="rounded-md bg-brand px-4 py-2 font-semibold text-white">${escapeHtml(
    t.apply,
  )}</button><a href="/${locale}/endorsers" class="self-center text-brand underline">${escapeHtml(
    t.clear,
  )}</a></div></form></search>`;
}

/** The organisation's logo, or its text badge: the same markup as `OrgLogo` at size "md". */
function logo(endorser: WallCard) {
  if (!endorser.logo || endorser.logoHidden)
    return `<span aria-hidden="true" class="${badgeClass("sm")}">${escapeHtml(
      badgeLetters(endorser.name, endorser.acronym),
    )}</span>`;
  const pixels = logoPixels.md;
  return `<img src="/media/${escapeHtml(endorser.logo.sha256)}" alt="" width="${pixels}" height="${pixels}" loading="lazy" class="shrink-0 object-contain" style="width:${pixels}px;height:${pixels}px"/>`;
}

function card(locale: string, endorser: WallCard, t: WallTexts) {
  const verified = endorser.domainVerified
    ? `<span class="block text-sm font-medium text-brand">✓ ${escapeHtml(t.verifiedDomain)}</span>`
    : "";
  return `<li><a href="/${locale}/endorsers/${encodeURIComponent(
    endorser.slug,
  )}" class="flex h-full items-center gap-3 rounded-lg border border-neutral-200 p-3 hover:border-brand">${logo(
    endorser,
  )}<span><span class="block font-semibold" dir="auto">${escapeHtml(
    endorser.name,
  )}</span><span class="block text-sm text-neutral-700">${escapeHtml(
    `${countryName(locale, endorser.countryCode)} · ${t.types[endorser.type]}`,
  )}</span>${verified}</span></a></li>`;
}

function paging({ locale, filters, next }: WallResults, t: WallTexts) {
  const first = filters.after
    ? `<a href="${escapeHtml(wallHref(locale, { ...filters, after: undefined }))}" class="text-brand underline">${escapeHtml(t.first)}</a>`
    : "";
  const more = next
    ? `<a href="${escapeHtml(wallHref(locale, { ...filters, after: undefined }, next))}" class="font-semibold text-brand underline">${escapeHtml(t.next)}</a>`
    : "";
  return `<nav aria-label="${escapeHtml(t.title)}" class="mt-6 flex gap-4">${first}${more}</nav>`;
}
