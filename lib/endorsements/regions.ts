// Countries and territories (ISO 3166-1 alpha-2) grouped into UNESCO's five regions. Names are not
// kept here: they come localised from Intl.DisplayNames.

export const regions = [
  "AFRICA",
  "ARAB_STATES",
  "ASIA_PACIFIC",
  "EUROPE_NORTH_AMERICA",
  "LATIN_AMERICA_CARIBBEAN",
] as const;
export type RegionCode = (typeof regions)[number];

const countriesByRegion: Record<RegionCode, string> = {
  AFRICA:
    "AO BJ BW BF BI CV CM CF TD KM CG CD CI GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MU MZ NA NE NG RW ST SN SC SL ZA SS TG UG TZ ZM ZW RE YT SH",
  ARAB_STATES: "DZ BH DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH",
  ASIA_PACIFIC:
    "AF AU BD BT BN KH CN CK FJ IN ID IR JP KI KP KR KZ KG LA MY MV MH FM MN MM NR NP NZ NU PK PW PG PH WS SG SB LK TJ TH TL TO TM TV UZ VU VN HK MO TW NC PF GU AS MP TK WF NF CX CC",
  EUROPE_NORTH_AMERICA:
    "AL AD AM AT AZ BY BE BA BG CA HR CY CZ DK EE FI FR GE DE GR HU IS IE IL IT LV LI LT LU MT MC ME NL MK NO PL PT MD RO RU SM RS SK SI ES SE CH TR UA GB US VA XK GL FO GI GG JE IM AX SJ PM",
  LATIN_AMERICA_CARIBBEAN:
    "AG AR BS BB BZ BO BR CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT UY VE AI AW BQ CW KY MS PR SX TC VG VI BL MF GP MQ GF FK BM",
};

const regionByCountry = new Map<string, RegionCode>(
  regions.flatMap((region) => countriesByRegion[region].split(" ").map((code) => [code, region] as const)),
);

/** Every country code the endorsement form offers. */
export const countryCodes: readonly string[] = [...regionByCountry.keys()].sort();

export function isCountryCode(code: string): boolean {
  return regionByCountry.has(code);
}

export function regionOf(countryCode: string): RegionCode {
  const region = regionByCountry.get(countryCode.toUpperCase());
  if (!region) throw new Error(`Unknown country code ${countryCode}`);
  return region;
}
