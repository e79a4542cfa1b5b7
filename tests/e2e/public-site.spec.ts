import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { locales } from "@/i18n/routing";
import { everyPublicUrl, publicPages } from "./support/pages";

test.describe("accessibility", () => {
  for (const url of everyPublicUrl) {
    test(`${url} has no WCAG 2.2 AA violations`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }

  // Searches of the wall are written without React (decision 035): the same bar.
  for (const url of ["/en/endorsers?q=learning&region=AFRICA&country=GH", "/ar/endorsers?type=NGO_NETWORK"]) {
    test(`the wall search ${url} has no WCAG 2.2 AA violations`, async ({ page }) => {
      expect((await page.goto(url))?.status()).toBe(200);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  }

  test("the localised 404 page has no violations and says where to go", async ({ page }) => {
    const response = await page.goto("/es/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("No encontramos esta página");
    await expect(page.getByRole("link", { name: "Ir a la página de inicio" })).toHaveAttribute("href", "/es");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze();
    expect(results.violations).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

  test("a visitor on a small phone opens the menu and reads every section", async ({ page }) => {
    await page.goto("/fr");
    const nav = page.getByRole("navigation", { name: "Principale" });
    const labels = [
      "Qu’est-ce que l’AEA ?",
      "Appel à l’action",
      "Partenaires",
      "Actualités",
      "Événements",
      "Boîte à outils",
    ];
    for (const label of labels) {
      await nav.getByText("Menu").click();
      await nav.getByRole("link", { name: label }).first().click();
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // The current section is marked for assistive technology (in the closed menu too).
      await expect(nav.locator('a[aria-current="page"]').first()).toHaveText(label);
    }
  });

  test("pages fit a 360 px screen without sideways scrolling", async ({ page }) => {
    for (const path of publicPages) {
      for (const locale of ["en", "ar", "ru"]) {
        await page.goto(`/${locale}${path}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${locale}${path}`).toBeLessThanOrEqual(0);
      }
    }
  });
});

test("a wall search is sent compressed whole to a browser that takes gzip, and plain to one that does not", async ({
  page,
  request,
}) => {
  // Compressed by the route and passed through Next.js (lib/http/stored-encoding.server.ts): a wrong
  // header would hand the browser bytes it cannot read.
  const answers: (string | undefined)[] = [];
  page.on("response", (response) => {
    if (response.url().includes("/en/endorsers?q=")) answers.push(response.headers()["content-encoding"]);
  });
  await page.goto("/en/endorsers?q=learning+centre");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main li a[href^='/en/endorsers/']").first()).toBeVisible();
  expect(answers).toEqual(["gzip"]);
  // The route answers at its own address too (next-intl lets it through): the same compressed page.
  const direct = await request.get("/en/endorsers/search?q=learning+centre", {
    headers: { "accept-encoding": "gzip" },
  });
  expect(direct.headers()["content-encoding"]).toBe("gzip");
  expect(await direct.text()).toContain("Community Learning Centre");
  const plain = await request.get("/en/endorsers?q=learning+centre", { headers: { "accept-encoding": "identity" } });
  expect(plain.headers()["content-encoding"]).toBeUndefined();
  expect(await plain.text()).toContain("</html>");
});

test("the language switcher keeps the current page and hreflang lists every language", async ({ page }) => {
  await page.goto("/en/partners");
  // Every language plus x-default.
  await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(locales.length + 1);
  await expect(page.locator('link[rel="alternate"][hreflang="ar"]')).toHaveAttribute("href", /\/ar\/partners$/);
  await page.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/partners$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Socios de la campaña");
  await page.getByRole("link", { name: "العربية" }).click();
  await expect(page).toHaveURL(/\/ar\/partners$/);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
});

test("the definition is quoted as agreed, with the English original beside translations", async ({ page }) => {
  await page.goto("/en/what-is-ale");
  await expect(page.getByText(/^The ultimate goal of ALE is to ensure that adults/)).toBeVisible();
  await expect(page.getByRole("link", { name: /Recommendation on Adult Learning and Education/ })).toHaveAttribute(
    "href",
    /unesco\.org/,
  );
  await page.goto("/fr/what-is-ale");
  await expect(page.getByText(/^Le but ultime de l’AEA/)).toBeVisible();
  await page.getByText("Original (anglais)").first().click();
  await expect(page.getByText(/^The ultimate goal of ALE is to ensure that adults/)).toBeVisible();
});

test("the call to action lists nine actions in three horizons with their commitments", async ({ page }) => {
  await page.goto("/en/call-to-action");
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    "Immediate actions",
    "Medium-term actions",
    "Longer-term actions",
  ]);
  await expect(page.locator("li[id^=action-]")).toHaveCount(9);
  await expect(page.locator("#action-6")).toContainText("CONFINTEA VII");
  // The campaign's wording stays; a note says it took place (#12).
  await expect(page.locator("#action-6")).toContainText(
    "CONFINTEA VII took place in Marrakech, Morocco, in June 2022.",
  );
  await expect(page.locator("#action-1")).toContainText(/\d+ endorsing organisations committed to this action/);
  // Action 7 never promises "the next event" when the events page has none upcoming (the seed has
  // none; the admin tests may have added one by now): it then leads to the past events.
  const eventLink = page.locator("#action-7").getByRole("link");
  const upcoming = await (await page.request.get("/en/events")).text();
  if (upcoming.includes("No upcoming event")) {
    await expect(eventLink).toHaveText("See the campaign's past events");
    await eventLink.click();
    await expect(page.getByRole("heading", { name: "Past events" })).toBeInViewport();
  } else {
    await expect(eventLink).toHaveText("Join the next campaign event");
  }
});

test("partners show full names, acronyms and own-language names", async ({ page }) => {
  await page.goto("/en/partners");
  await expect(page.getByText("International Council for Adult Education")).toBeVisible();
  await expect(page.getByText("Campaña Latinoamericana por el Derecho a la Educación")).toHaveAttribute("lang", "es");
  await expect(page.getByText("Consejo de Educación Popular de América Latina y el Caribe")).toHaveAttribute(
    "lang",
    "es",
  );
  await expect(page.locator("main li")).toHaveCount(16);
});

test("public pages come without React's scripts; the staff area keeps them", async ({ page }) => {
  // Decision 036: plain HTML and CSS, structured data and the one small script of our own.
  const runnable =
    'script:not([type="application/ld+json"]):not([type="application/json"]):not([data-scriptless-keep])';
  for (const path of ["/en", "/ar/what-is-ale", "/en/endorsers", "/en/news", "/en/events/global-campaign-kick-off"]) {
    await page.goto(path);
    expect(await page.locator(runnable).count(), path).toBe(0);
    expect(await page.locator('link[rel="modulepreload"], link[as="script"]').count(), path).toBe(0);
  }
  expect(await page.locator("script[data-scriptless-keep]").getAttribute("src")).toBe("/scripts/local-time.js");
  // Decision 037: the form is a plain post with one small script of its own; the staff area keeps React.
  await page.goto("/en/endorse");
  expect(await page.locator(runnable).count()).toBe(0);
  expect(await page.locator("script[data-scriptless-keep]").getAttribute("src")).toBe("/scripts/endorse-form.js");
  await page.goto("/admin/sign-in");
  expect(await page.locator(runnable).count()).toBeGreaterThan(0);
});

test.describe("events", () => {
  test.use({ timezoneId: "America/New_York" });

  test("show the organisers' time, the visitor's own time and a calendar file", async ({ page, request }) => {
    await page.goto("/en/events/global-campaign-kick-off");
    await expect(page.getByText("22 March 2021 at 14:00 – 15:30 (Central European Standard Time time)")).toHaveCount(0);
    await expect(page.locator("dd time")).toContainText("March 22, 2021 at 2:00 PM – 3:30 PM");
    await expect(page.getByText(/In your time zone: March 22, 2021, 9:00\s?–\s?10:30\sAM EDT/)).toBeVisible();
    const ics = await request.get("/en/events/global-campaign-kick-off/calendar.ics");
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const body = await ics.text();
    expect(body).toContain("DTSTART:20210322T130000Z");
    expect(body).toContain("SUMMARY:WE ARE ALE – Global Campaign kick-off");
  });

  test("untranslated events say so", async ({ page }) => {
    await page.goto("/fr/events/global-campaign-kick-off");
    await expect(page.getByRole("note")).toHaveText("Ce texte n’est disponible qu’en anglais.");
    await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "en");
  });
});

test("news has an Atom feed, and the sitemap lists every page in every language", async ({ request }) => {
  const feed = await request.get("/en/news/feed.xml");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  const xml = await feed.text();
  expect(xml.match(/<entry /g)?.length).toBeGreaterThanOrEqual(2); // the seeded news, and any staff added
  expect(xml).toContain("Join the UNESCO Global Network of Learning Cities!");
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const locale of locales) {
    for (const path of publicPages) expect(sitemap).toContain(`/${locale}${path}</loc>`);
  }
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap:");
});

test("the toolkit offers every logo file for download and copyable key messages", async ({ page, request }) => {
  await page.goto("/es/toolkit");
  const downloads = page.locator("a[download]");
  // A light and a dark logo per language, each as SVG and PNG.
  await expect(downloads).toHaveCount(locales.length * 4);
  for (const href of await downloads.evaluateAll((links) => links.map((link) => link.getAttribute("href")))) {
    const response = await request.get(href as string);
    expect(response.status(), href as string).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/image\/(svg\+xml|png)/);
  }
  await expect(
    page.getByText("Una voz mundial por el aprendizaje y la educación de adultos", { exact: false }),
  ).toBeVisible();
});

test("share cards and structured data are in place", async ({ page, request }) => {
  await page.goto("/en/news/join-the-unesco-global-network-of-learning-cities");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    "content",
    "Join the UNESCO Global Network of Learning Cities!",
  );
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const png = await request.get(new URL(image as string).pathname + new URL(image as string).search);
  expect(png.headers()["content-type"]).toBe("image/png");
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) as string);
  expect(jsonLd).toMatchObject({
    "@type": "NewsArticle",
    headline: "Join the UNESCO Global Network of Learning Cities!",
  });
  await page.goto("/fr");
  const organisation = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) as string);
  expect(organisation).toMatchObject({ "@type": "Organization", name: "We are ALE", alternateName: "#weareALE" });
});

test("every kind of response carries the security headers", async ({ request }) => {
  const kinds = {
    "/en": "page",
    "/fr/endorse": "page",
    "/en/endorsers": "page",
    "/en/endorsers?q=learning": "page", // answered without Next.js's router (decision 041)
    "/en/endorsers/map.svg": "image",
    "/api/endorsers/json": "api",
    "/api/endorsers/csv": "api",
    "/en/news/feed.xml": "feed",
    "/en/events/global-campaign-kick-off/calendar.ics": "calendar",
    "/badge.svg": "image",
    "/sitemap.xml": "sitemap",
    "/en/nope": "not found",
    "/admin/sign-in": "staff",
  };
  const nonces = new Set<string>();
  for (const [url, kind] of Object.entries(kinds)) {
    const response = await request.get(url, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(headers["x-content-type-options"], url).toBe("nosniff");
    expect(csp, url).toContain("default-src 'self'");
    expect(csp, url).toContain("frame-ancestors 'none'");
    expect(csp, url).toContain("object-src 'none'");
    expect(csp, url).toContain("base-uri 'self'");
    expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
    expect(headers["x-frame-options"], url).toBe("DENY");
    expect(headers["permissions-policy"], url).toContain("camera=()");
    if (kind === "staff") {
      // The staff area: a fresh nonce per response and no inline scripts without it.
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1] ?? "";
      expect(csp).toContain("'strict-dynamic'");
      expect(csp).not.toContain("'unsafe-inline' 'strict");
      expect(csp.split("script-src")[1]?.split(";")[0]).not.toContain("unsafe-inline");
      nonces.add(nonce);
      nonces.add(
        /'nonce-([^']+)'/.exec((await request.get(url)).headers()["content-security-policy"] ?? "")?.[1] ?? "",
      );
      expect(await response.text()).toContain(`nonce="${nonce}"`);
    }
    // Public visitors get no cookies at all.
    if (kind !== "staff") expect(headers["set-cookie"], url).toBeUndefined();
  }
  expect(nonces.size).toBe(2);
});

test("cross-site writes, oversized addresses and oversized uploads are refused", async ({ request, baseURL }) => {
  const crossSite = await request.post("/api/logo", {
    headers: { Origin: "https://evil.example", "Sec-Fetch-Site": "cross-site" },
    multipart: { logo: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("x") } },
  });
  expect(crossSite.status()).toBe(403);
  const crossSiteAction = await request.post("/en/endorse", {
    headers: { Origin: "https://evil.example", "Next-Action": "0".repeat(42) },
    data: "[]",
  });
  expect(crossSiteAction.status()).toBe(403);
  const crossSiteConfirm = await request.post("/api/confirm", {
    headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
    data: "token=x&locale=en",
    maxRedirects: 0,
  });
  expect(crossSiteConfirm.status()).toBe(403);
  const sameSite = await request.post("/api/logo", {
    headers: { Origin: baseURL as string, "Sec-Fetch-Site": "same-origin" },
    multipart: { logo: { name: "x.png", mimeType: "image/png", buffer: Buffer.from("not an image") } },
  });
  expect(sameSite.status()).toBe(422);
  expect((await request.get(`/en/endorsers?q=${"a".repeat(3000)}`)).status()).toBe(414);
  const huge = await request.post("/api/logo", {
    headers: { Origin: baseURL as string },
    multipart: { logo: { name: "big.png", mimeType: "image/png", buffer: Buffer.alloc(3 * 1024 * 1024) } },
  });
  expect(huge.status()).toBe(413);
});

test.describe("Chinese and Russian", () => {
  test("the switcher reaches both, with their own language tags and translated pages", async ({ page }) => {
    await page.goto("/en/call-to-action");
    await expect(page.locator('link[rel="alternate"][hreflang="zh"]')).toHaveAttribute("href", /\/zh\/call-to-action$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", /\/ru\/call-to-action$/);
    await page.getByRole("link", { name: "中文" }).click();
    await expect(page).toHaveURL(/\/zh\/call-to-action$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh");
    await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("行动倡议");
    // Seeded campaign content is translated too: the first action in Chinese.
    await expect(page.getByText("采用成人学习和教育运动的标志")).toBeVisible();
    await page.getByRole("link", { name: "Русский" }).click();
    await expect(page).toHaveURL(/\/ru\/call-to-action$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Призыв к действию");
  });

  test("Russian counts use Russian plural forms", async ({ page }) => {
    await page.goto("/ru/endorsers");
    // "# организация / организации / организаций" depending on the number: never the English-style "организаций" for 1.
    const results = await page
      .getByText(/^\d+ организаци(я|и|й)$/)
      .first()
      .textContent();
    const count = Number(results?.split(" ")[0]);
    const expected = new Intl.PluralRules("ru").select(count);
    const words: Record<string, string> = { one: "организация", few: "организации", many: "организаций" };
    const word = words[expected];
    expect(results).toBe(`${count} ${word}`);
  });

  for (const [header, locale] of [
    ["zh-CN,zh;q=0.9", "zh"],
    ["zh-TW", "zh"],
    ["zh-Hans", "zh"],
    ["ru-RU,ru;q=0.9,en;q=0.8", "ru"],
  ]) {
    test(`Accept-Language ${header} opens /${locale}`, async ({ request }) => {
      const response = await request.get("/", { headers: { "Accept-Language": header }, maxRedirects: 0 });
      expect(response.status()).toBeGreaterThanOrEqual(300);
      expect(response.status()).toBeLessThan(400);
      expect(new URL(response.headers().location, "http://x").pathname).toBe(`/${locale}`);
    });
  }

  test("feed, calendar file and share image speak Chinese and Russian", async ({ request }) => {
    const feed = await (await request.get("/zh/news/feed.xml")).text();
    expect(feed).toContain('xml:lang="zh"');
    const ics = await request.get("/ru/events/global-campaign-kick-off/calendar.ics");
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    // Each card carries its own language's tagline, so the Chinese, Russian and English cards differ.
    const cards = new Set<string>();
    for (const locale of ["zh", "ru", "en"]) {
      const image = await request.get(`/${locale}/opengraph-image`);
      expect(image.status(), locale).toBe(200);
      expect(image.headers()["content-type"]).toBe("image/png");
      cards.add((await image.body()).toString("base64"));
    }
    expect(cards.size).toBe(3);
  });
});
