import { expect, type Page, test } from "@playwright/test";
import sharp from "sharp";
import { publicPages } from "./support/pages";

// The campaign's look where it is a promise rather than a picture: the header's Endorse button,
// the call to action's three horizons with live counts, the map's legend, and fonts that only
// download where they are needed. (How it looks is compared in visual.spec.ts.)

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 900 },
]) {
  test(`every public page has Endorse as a button in the header's first row at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    for (const path of publicPages) {
      await page.goto(`/en${path}`);
      const button = page.locator("header").getByRole("link", { name: "Endorse", exact: true });
      await expect(button, path).toBeVisible();
      await expect(button, path).toHaveAttribute("href", "/en/endorse");
      const box = await button.boundingBox();
      expect(box?.y ?? Number.POSITIVE_INFINITY, path).toBeLessThan(80);
      // A filled button, not a plain link: its background is the brand colour.
      expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor), path).toBe(
        "rgb(11, 93, 75)",
      );
    }
  });
}

test("the call to action is three horizons, each action with its live count, ending with Endorse", async ({ page }) => {
  await page.goto("/en/call-to-action");
  const horizons = page.locator("section.horizon");
  await expect(horizons).toHaveCount(3);
  // In order (the step number beside each title is decorative, hidden from assistive technology).
  for (const [index, name] of ["Immediate actions", "Medium-term actions", "Longer-term actions"].entries()) {
    await expect(horizons.nth(index).getByRole("heading", { level: 2, name, exact: true })).toBeVisible();
  }
  const counts = await page.locator("[data-commitments]").allTextContents();
  expect(counts).toHaveLength(9);
  // The demo data has approved endorsers committed to every action.
  // Each count is followed by its progress line (#15): how many started and finished the action.
  for (const text of counts)
    expect(text).toMatch(/^\d+ endorsing organisations? committed to this action\.Started: \d+ · Done: \d+$/);
  const endorse = page.getByRole("link", { name: "Endorse #weareALE" });
  await expect(endorse).toHaveAttribute("href", "/en/endorse");
  // At the end: after the last horizon in the document.
  const afterLastHorizon = await endorse.evaluate((link) => {
    const horizonsOnPage = document.querySelectorAll("section.horizon");
    const last = horizonsOnPage[horizonsOnPage.length - 1];
    return Boolean(last.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(afterLastHorizon).toBe(true);
});

test("the map has a legend from none to more, in the page's language", async ({ page }) => {
  await page.goto("/fr/endorsers");
  const legend = page.locator("[data-map-legend]");
  await expect(legend).toContainText("Organisations signataires par pays");
  await expect(legend).toContainText("aucune pour l’instant");
  await expect(legend.locator('[aria-hidden="true"] span')).toHaveCount(5);
});

test("only the Latin face and the 中文 face are preloaded, and Arabic pages fetch no Arabic web font", async ({
  page,
}) => {
  // Decision 016 (2026-12-03): Arabic text takes the system's Arabic face; 162 KB was too heavy.
  const fonts: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "font") fonts.push(new URL(request.url()).pathname);
  });
  const loadedFamilies = () =>
    page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((face) => face.status === "loaded").map((face) => face.family);
    });
  await page.goto("/en/what-is-ale");
  await expect(page.locator('link[rel="preload"][as="font"]')).toHaveCount(2);
  expect((await loadedFamilies()).some((family) => /latin/i.test(family))).toBe(true);
  await page.goto("/ar/what-is-ale");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await loadedFamilies()).not.toEqual(expect.arrayContaining([expect.stringMatching(/arabic/i)]));
  expect(fonts.filter((path) => /arabic/i.test(path))).toEqual([]);
  const bodyFonts = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(bodyFonts).toContain('"Noto Sans Arabic"');
});

/** The page's layout shift so far, once its fonts are ready, `waitMs` more have passed and it was laid out. */
const layoutShift = (page: Page, waitMs: number) =>
  page.evaluate(
    (wait) =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        const laidOut = () => requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        document.fonts.ready.then(() => setTimeout(laidOut, wait));
      }),
    waitMs,
  );

test("a Russian phone page does not move when its Cyrillic face arrives late, as on a slow connection", async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  // The Cyrillic face's file, from the @font-face whose unicode-range is Cyrillic.
  const html = await (await page.request.get("/ru/call-to-action")).text();
  let face: URL | undefined;
  for (const [, href] of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) {
    // Only paths matter here: the origin is a placeholder to resolve the sheet's relative url().
    const sheet = new URL(href, "http://site.invalid");
    const css = await (await page.request.get(sheet.pathname)).text();
    // Written minified: U+0400-045F becomes U+400-45F.
    const rule = /@font-face\{[^}]*U\+0?400-0?45F[^}]*\}/i.exec(css)?.[0];
    const url = rule && /url\(([^)]+)\)/.exec(rule)?.[1];
    if (url) face = new URL(url.replace(/["']/g, ""), sheet);
  }
  if (!face) throw new Error("no Cyrillic @font-face in the page's stylesheets");
  await page.route(`**${face.pathname}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto("/ru/call-to-action");
  // Past the delayed file's arrival (1.5 s) and its layout.
  expect(await layoutShift(page, 2500)).toBeLessThan(0.01);
});

test("a phone page does not move when its fonts arrive", async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  for (const path of ["/en", "/fr/partners"]) {
    await page.goto(path);
    // Every face the page uses has arrived and been laid out by then.
    const shifted = await layoutShift(page, 0);
    expect(shifted, path).toBeLessThan(0.05);
  }
});

test("a wall card reached with the keyboard shows its whole focus ring, though cards off screen are skipped", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/en/endorsers");
  const card = page.locator(".wall-cards > li > a").first();
  await card.scrollIntoViewIfNeeded();
  await card.focus();
  const box = await card.boundingBox();
  if (!box) throw new Error("no wall card");
  // The ring is drawn outside the link (3 px, 2 px away): count its sun-yellow pixels in that band.
  const band = 5;
  const shot = await page.screenshot({
    clip: { x: box.x - band, y: box.y - band, width: box.width + 2 * band, height: box.height + 2 * band },
  });
  const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
  let ring = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const inside = x >= band && x < info.width - band && y >= band && y < info.height - band;
      const at = (y * info.width + x) * info.channels;
      const [r, g, b] = [data[at], data[at + 1], data[at + 2]];
      if (!inside && Math.abs(r - 0xf2) < 24 && Math.abs(g - 0xb7) < 24 && b < 60) ring++;
    }
  // The band's perimeter is about 2 × (width + height) pixels long and the ring 3 pixels thick.
  expect(ring).toBeGreaterThan(2 * (box.width + box.height) * 2);
});
