import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/admin";

// Read, not imported: Playwright loads specs as ES modules, where JSON needs an import attribute.
const fr = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages/fr.json"), "utf8"));

// Staff own the campaign's words (decision 020): draft, preview on the real page, publish to every
// cached page at once, compare and restore; stale saves and bad input are refused with the text kept.

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

const editor = (key: string, locale: string) => `/admin/texts/${encodeURIComponent(key)}/${locale}`;
const textArea = (page: Page) => page.getByRole("textbox", { name: /^Text/ });

/** What an anonymous visitor sees at `path` (a fresh context: no staff session, no preview cookie). */
async function visitorSees(page: Page, path: string) {
  const context = await page.context().browser()?.newContext();
  if (!context) throw new Error("no browser");
  const visitor = await context.newPage();
  const baseURL = new URL(page.url()).origin;
  await visitor.goto(`${baseURL}${path}`);
  const text = (await visitor.locator("main").textContent()) ?? "";
  await context.close();
  return text;
}

test("draft, preview, publish and restore a campaign text", async ({ page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const draft = `Nous sommes une campagne mondiale, révision ${stamp}.`;

  // The page is in the visitors' cache before the change.
  await page.goto("/fr/about");
  const original = fr.About.text1;
  expect(await visitorSees(page, "/fr/about")).toContain(original.slice(0, 40));

  await signIn(page, "moderator");
  await page.getByRole("link", { name: "Texts", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Texts and translations" })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(editor("About.text1", "fr"));
  await expect(page.getByRole("heading", { name: "English source" })).toBeVisible();
  await expectNoAxeViolations(page);
  const current = await textArea(page).inputValue();

  await textArea(page).fill(draft);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/Draft saved/);
  expect(await visitorSees(page, "/fr/about")).not.toContain(draft);

  // The preview is the real page, with the draft, for this staff member only.
  await page.getByRole("link", { name: "Preview on its page" }).click();
  await expect(page).toHaveURL(/\/fr\/about$/);
  await expect(page.locator("main")).toContainText(draft);
  expect(await visitorSees(page, "/fr/about")).not.toContain(draft);
  await page.goto("/admin/texts/preview?end=1");

  await page.goto(editor("About.text1", "fr"));
  await page.getByRole("button", { name: "Publish the draft" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/Published/);
  expect(await visitorSees(page, "/fr/about")).toContain(draft);

  // The history compares each revision with the one before, word by word.
  const newest = page.getByRole("listitem").filter({ hasText: "published" }).first();
  await expect(newest.locator("ins", { hasText: `${stamp}` })).toBeVisible();
  await expect(newest.locator("del").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Restore the version that was live before, as a draft, then publish it.
  const revisions = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Restore revision/ }) });
  const before = revisions.filter({ hasText: current.slice(0, 30) }).first();
  await before.getByRole("button", { name: /^Restore revision/ }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/earlier version is now the draft/);
  await expect(textArea(page)).toHaveValue(current);
  await page.getByRole("button", { name: "Publish the draft" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/Published/);
  expect(await visitorSees(page, "/fr/about")).toContain(current.slice(0, 40));

  const audit = await page.request.get("/admin/audit?entityType=ContentText");
  expect(await audit.text()).toContain("text.publish");
});

test("a stale save, an empty text and HTML are refused with the text kept", async ({ page, browser }) => {
  await signIn(page, "moderator");
  const key = "Toolkit.socialText";
  await page.goto(editor(key, "es"));
  const colleague = await (await browser.newContext()).newPage();
  await signIn(colleague, "moderator");
  await colleague.goto(new URL(editor(key, "es"), page.url()).toString());

  await colleague.locator("textarea").fill(`Versión de la colega ${Date.now()}`);
  await colleague.getByRole("button", { name: "Save draft" }).click();
  await expect(colleague.getByRole("status")).toHaveText(/Draft saved/);

  const mine = `Mi versión ${Date.now()}`;
  await textArea(page).fill(mine);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator("main").getByRole("alert")).toHaveText(/Someone saved a newer version of this text/);
  await expect(textArea(page)).toHaveValue(mine);

  await textArea(page).fill("   ");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("This text is required")).toBeVisible();

  const html = 'Hola <script>alert("x")</script>';
  await textArea(page).fill(html);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/HTML and scripts are not allowed/)).toBeVisible();
  await expect(textArea(page)).toHaveValue(html);
  await expect(textArea(page)).toHaveAttribute("aria-invalid", "true");
});

test("the translation status page shows a translation outdated since its English source changed", async ({ page }) => {
  await signIn(page, "admin");
  const key = "Accessibility.limits";
  await page.goto(editor(key, "en"));
  await textArea(page).fill(`Some news and events are published in one language only (${Date.now()}).`);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/Published/);

  await page.goto("/admin/texts");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: key, exact: true }) });
  await expect(row.getByRole("link", { name: new RegExp(`outdated since .* ${key} \\(fr\\)`) })).toBeVisible();

  // Side by side: the new English source next to the French translation to bring up to date.
  await row.getByRole("link", { name: new RegExp(`${key} \\(fr\\)`) }).click();
  await expect(page.getByText(/Outdated since/)).toBeVisible();
  await expect(page.getByRole("region", { name: "English source" })).toContainText("published in one language only");
  await textArea(page).fill(`${fr.Accessibility.limits} (${Date.now()})`);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.locator("main").getByRole("status")).toHaveText(/Published/);
  await page.goto("/admin/texts");
  await expect(row.getByRole("link", { name: new RegExp(`up to date ${key} \\(fr\\)`) })).toBeVisible();
});
