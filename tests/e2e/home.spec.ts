import { expect, test } from "@playwright/test";

test("the home page names the campaign and shows seeded key messages and live figures @smoke", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We are ALE");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Global voice for adult learning and education" }),
  ).toBeVisible();
  const figures = page.locator("dl > div");
  await expect(figures.filter({ hasText: "partner networks" }).locator("dd")).toHaveText("16");
  await expect(figures.filter({ hasText: "UNESCO regions" }).locator("dd")).toHaveText("5");
  const endorsers = Number(await figures.filter({ hasText: "endorsing organisations" }).locator("dd").textContent());
  expect(endorsers).toBeGreaterThan(200);
  await expect(page.getByRole("heading", { name: "Latest news" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Join the UNESCO Global Network of Learning Cities!" })).toBeVisible();
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

test("the Arabic home page is laid out right to left with Arabic key messages", async ({ page }) => {
  await page.goto("/ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByText("صوت عالمي من أجل تعلّم الكبار وتعليمهم")).toBeVisible();
  await expect(page.locator("dl > div").filter({ hasText: "شبكة شريكة" }).locator("dd")).toHaveText("16");
});
