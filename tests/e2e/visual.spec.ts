import { expect, type Locator, type Page, test } from "@playwright/test";
import { signIn } from "./support/admin";

// Visual regression: the key pages at a phone and a desktop width, in English and Arabic, compared
// with the committed baselines in visual.spec.ts-snapshots/. What changes between runs (counts,
// dates, the newest endorsers, the map's shading) is masked, and boxes whose height follows their
// content are given a fixed height, so only a change of layout or look fails.
// Regenerate after an intended change: `npx playwright test tests/e2e/visual.spec.ts --update-snapshots`
// (after `npm run build`), then look at every changed image before committing it.

const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } } as const;
const endorserSlug = "community-learning-centre-of-dar-es-salaam-tz";

// Fixed boxes for lists whose entries come and go as other tests endorse and approve.
const freeze = `
  section[aria-labelledby="endorse-title"] ul { height: 26rem; overflow: hidden; }
  section[aria-labelledby="news-title"] > div, section[aria-labelledby="event-title"] > div { height: 18rem; overflow: hidden; }
  @media (min-width: 640px) { section[aria-labelledby="endorse-title"] ul { height: 12rem; } }
`;

type Shot = { name: string; path: (locale: string) => string; fullPage: boolean; mask: (page: Page) => Locator[] };

const shots: Shot[] = [
  {
    name: "home",
    path: (locale) => `/${locale}`,
    fullPage: true,
    mask: (page) => [
      page.locator("[data-figure]"),
      page.locator('section[aria-labelledby="endorse-title"] ul'),
      // The next event becomes the last one once its date has passed; the admin tests add news.
      page.locator('section[aria-labelledby="event-title"]'),
      page.locator('section[aria-labelledby="news-title"]'),
    ],
  },
  { name: "what-is-ale", path: (locale) => `/${locale}/what-is-ale`, fullPage: true, mask: () => [] },
  {
    name: "call-to-action",
    path: (locale) => `/${locale}/call-to-action`,
    fullPage: true,
    // Action 7's link names the next event only while one is upcoming (the admin tests add one).
    mask: (page) => [page.locator("[data-commitments]"), page.locator("#action-7 a")],
  },
  { name: "endorse", path: (locale) => `/${locale}/endorse`, fullPage: true, mask: () => [] },
  {
    name: "wall",
    path: (locale) => `/${locale}/endorsers`,
    fullPage: false,
    // Counts per region, the map's shading and the results change as other tests approve endorsers.
    mask: (page) => [page.locator("main li a > span:first-child, main figure img, main [aria-live]")],
  },
  {
    name: "endorser",
    path: (locale) => `/${locale}/endorsers/${endorserSlug}`,
    fullPage: true,
    mask: (page) => [page.locator("header p.text-sm")],
  },
];

test.use({ timezoneId: "UTC" });

for (const [widthName, viewport] of Object.entries(widths)) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const shot of shots) {
      for (const locale of ["en", "ar"]) {
        test(`${shot.name} in ${locale} looks as designed`, async ({ page }) => {
          await page.goto(shot.path(locale));
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await page.addStyleTag({ content: freeze });
          await expect(page).toHaveScreenshot(`${shot.name}-${locale}-${widthName}.png`, {
            fullPage: shot.fullPage,
            mask: shot.mask(page),
            maxDiffPixelRatio: 0.01,
          });
        });
      }
    }

    test("admin queue looks as designed", async ({ page }) => {
      await signIn(page, "moderator");
      await page.goto("/admin/endorsements");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page).toHaveScreenshot(`admin-queue-${widthName}.png`, {
        mask: [page.locator("main table"), page.locator('main p[aria-live="polite"]')],
        maxDiffPixelRatio: 0.01,
      });
    });
  });
}
