import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import fr from "@/messages/fr.json";
import { eventToIcs, formatEventRange, isTimeZone, utcToZonedInput, zonedTimeToUtc, zoneName } from "./event-format";

const kickOff = {
  startsAt: new Date("2021-03-22T13:00:00Z"),
  endsAt: new Date("2021-03-22T14:30:00Z"),
  timeZone: "Europe/Paris",
};

describe("event times", () => {
  it("shows the kick-off at 2:00–3:30 pm Paris time", () => {
    expect(formatEventRange(kickOff, "en-GB")).toBe("22 March 2021 at 14:00 – 15:30");
    expect(formatEventRange(kickOff, "fr")).toBe("22 mars 2021 à 14:00 – 15:30");
  });

  it("shows the same instant in another zone", () => {
    expect(formatEventRange({ ...kickOff, timeZone: "America/Bogota" }, "es")).toBe(
      "22 de marzo de 2021 a las 8:00 – 9:30",
    );
  });

  it("spells out both dates for events over several days", () => {
    const range = { ...kickOff, endsAt: new Date("2021-03-23T14:30:00Z") };
    expect(formatEventRange(range, "en-GB")).toBe("22 March 2021 at 14:00 – 23 March 2021 at 15:30");
  });

  it("names the zone for people", () => {
    expect(zoneName("Europe/Paris", kickOff.startsAt, "en")).toBe("Central European Standard Time");
  });
});

describe("calendar file", () => {
  const ics = eventToIcs({
    slug: "kick-off",
    title: "WE ARE ALE – Global Campaign kick-off",
    summary: "Civil society, with one voice; for all, everywhere.",
    ...kickOff,
    location: "Virtual on Zoom",
    url: "https://we-are-ale.org/en/events/kick-off",
    updatedAt: new Date("2021-03-01T00:00:00Z"),
  });

  it("holds one UTC event with escaped text and CRLF lines no longer than 75 octets", () => {
    expect(ics).toContain("DTSTART:20210322T130000Z\r\n");
    expect(ics).toContain("DTEND:20210322T143000Z\r\n");
    expect(ics).toContain("LOCATION:Virtual on Zoom\r\n");
    expect(ics).toContain("Civil society\\, with one voice\\; for all");
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});

describe("zoned wall-clock times", () => {
  it.each([
    ["2026-09-08T14:00", "Africa/Nairobi", "2026-09-08T11:00:00.000Z"],
    ["2026-01-15T09:30", "America/Sao_Paulo", "2026-01-15T12:30:00.000Z"],
    ["2026-03-29T03:30", "Europe/Paris", "2026-03-29T01:30:00.000Z"], // the first hour of summer time
    ["2026-10-25T12:00", "Europe/Paris", "2026-10-25T11:00:00.000Z"],
    ["2026-06-01T00:00", "UTC", "2026-06-01T00:00:00.000Z"],
  ])("%s in %s is %s", (local, zone, utc) => {
    const instant = zonedTimeToUtc(local, zone);
    expect(instant?.toISOString()).toBe(utc);
    expect(utcToZonedInput(instant as Date, zone)).toBe(local);
  });

  it("refuses malformed input and unknown zones", () => {
    expect(zonedTimeToUtc("8 Sept 2026", "UTC")).toBeNull();
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("Asia/Kolkata")).toBe(true);
  });
});

describe("the event time as the pages word it", () => {
  const catalogues = { en, fr, es, ar } as const;
  const label = (locale: keyof typeof catalogues, timeZone: string) => {
    const t = createTranslator({ locale, messages: catalogues[locale], namespace: "Events" });
    const range = formatEventRange({ ...kickOff, timeZone }, locale);
    return t("eventTime", { range, zone: zoneName(timeZone, kickOff.startsAt, locale) });
  };

  it.each([
    ["en", "(Central European Standard Time)"],
    ["fr", "à 14:00 – 15:30 (heure normale d’Europe centrale)"],
    ["es", "14:00 – 15:30 (hora estándar de Europa central)"],
  ] as const)("names the zone once in %s", (locale, expected) => {
    expect(label(locale, "Europe/Paris").endsWith(expected)).toBe(true);
  });

  it("names the zone once in ar", () => {
    const text = label("ar", "Europe/Paris");
    expect(text).toContain("(توقيت وسط أوروبا الرسمي)");
    expect(text).not.toMatch(/توقيت\s+توقيت/);
  });

  it.each(["en", "fr", "es", "ar"] as const)("never repeats the word for time in %s, whatever the zone", (locale) => {
    for (const zone of ["Europe/Paris", "America/Bogota", "Africa/Nairobi", "Asia/Bangkok", "UTC"]) {
      const text = label(locale, zone);
      expect(text).not.toMatch(/Time time|Time\) time|heure\s*:\s*heure|hora:\s*hora|توقيت\s+(ال)?توقيت/i);
      expect(text).toMatch(/\)$/);
    }
  });
});
