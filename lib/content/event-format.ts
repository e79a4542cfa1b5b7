// Event times are stored as instants with the IANA zone the organisers announced them in.

type Range = { startsAt: Date; endsAt: Date; timeZone: string };

function sameDay(a: Date, b: Date, timeZone: string) {
  const day = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  return day.format(a) === day.format(b);
}

/** "22 March 2021, 14:00 – 15:30" in the given zone, per locale; spans days when needed. */
export function formatEventRange({ startsAt, endsAt, timeZone }: Range, locale: string): string {
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: "long", timeStyle: "short" });
  if (sameDay(startsAt, endsAt, timeZone)) {
    const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: "short" });
    return `${dateTime.format(startsAt)} – ${time.format(endsAt)}`;
  }
  return `${dateTime.format(startsAt)} – ${dateTime.format(endsAt)}`;
}

/** The zone's name as people say it in the locale, e.g. "Central European Standard Time". */
export function zoneName(timeZone: string, at: Date, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(at);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

function icsDate(date: Date) {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** RFC 5545 escaping and 75-octet line folding. */
function icsText(value: string) {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

function fold(line: string) {
  const bytes = Buffer.from(line, "utf8");
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = "";
  for (const char of line) {
    if (Buffer.byteLength(current + char, "utf8") > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = "";
    }
    current += char;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function eventToIcs(event: {
  slug: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  url: string;
  updatedAt: Date;
}): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//We are ALE//Campaign events//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${event.slug}@we-are-ale.org`,
    `DTSTAMP:${icsDate(event.updatedAt)}`,
    `DTSTART:${icsDate(event.startsAt)}`,
    `DTEND:${icsDate(event.endsAt)}`,
    `SUMMARY:${icsText(event.title)}`,
    `DESCRIPTION:${icsText(`${event.summary}\n\n${event.url}`)}`,
    ...(event.location ? [`LOCATION:${icsText(event.location)}`] : []),
    `URL:${event.url}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** Minutes east of UTC of a time zone at an instant. */
function offsetMinutes(timeZone: string, at: number): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(at));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(at / 1000) * 1000) / 60_000);
}

/** The instant a wall-clock time ("2026-09-08T14:00") shows in a time zone, or null if malformed. */
export function zonedTimeToUtc(local: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number);
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  // Two passes settle times next to a daylight-saving change.
  let utc = wall - offsetMinutes(timeZone, wall) * 60_000;
  utc = wall - offsetMinutes(timeZone, utc) * 60_000;
  return new Date(utc);
}

/** The wall-clock time ("2026-09-08T14:00") an instant shows in a time zone, for form fields. */
export function utcToZonedInput(at: Date, timeZone: string): string {
  const shifted = new Date(at.getTime() + offsetMinutes(timeZone, at.getTime()) * 60_000);
  return shifted.toISOString().slice(0, 16);
}

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return value.includes("/") || value === "UTC";
  } catch {
    return false;
  }
}
