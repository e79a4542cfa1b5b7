import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

test("the home page names the campaign and shows its seeded key messages @smoke", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We are ALE");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Global voice for adult learning and education" }),
  ).toBeVisible();
  await expect(page.getByText("16 partner organisations lead the campaign.")).toBeVisible();
});

test("visitors whose browser prefers French land on the French home page", async ({ browser }) => {
  const context = await browser.newContext({ locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { name: "Nos messages clés" })).toBeVisible();
  await context.close();
});

test("the Arabic home page is laid out right to left", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("16 منظمة شريكة تقود الحملة.")).toBeVisible();
});

test("the home page has no accessibility violations", async ({ page }) => {
  await page.goto("/en");
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations).toEqual([]);
});
