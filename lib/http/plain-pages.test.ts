import { describe, expect, it } from "vitest";
import { busyResponse, requestLocale, tooLargeResponse } from "./plain-pages";

describe("tooLargeResponse", () => {
  it("answers 413 in the page's language, with the limits filled in and never cached", async () => {
    const response = tooLargeResponse(requestLocale("/ar/endorse", "en"));
    expect(response.status).toBe(413);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("هذه الاستمارة أكبر من أن تُرسَل");
    expect(html).toContain("10 ميغابايت");
    expect(html).toContain("2 ميغابايت");
    expect(html).not.toMatch(/\{(limit|logoLimit)\}/);
    expect(html).toContain('href="/ar/endorse"');
  });
});

describe("busyResponse", () => {
  it("answers 503 in the page's language, says to go Back and send again, asks to retry in seconds, never cached", async () => {
    const response = busyResponse(requestLocale("/ru/endorse", "en"));
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="ru" dir="ltr">');
    expect(html).toContain("Сейчас поддержку выражают очень многие");
    expect(html).toContain("кнопкой «Назад»");
    expect(html).toContain('href="/ru/endorse"');
    expect(html).not.toContain("<script");
  });
});
