import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page, test } from "@playwright/test";
import { signIn } from "./support/admin";

// Key messages and the nine actions are campaign texts (decision 029): each language is edited as a
// draft, previewed on the real page, published to every cached page, and restored from its history;
// key messages are also reordered, retired and put back. Every test leaves the site as it found it,
// since later specs (visual baselines, home) read the same pages.

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

const textArea = (page: Page) => page.getByRole("textbox", { name: /^Text/ });
const status = (page: Page) => page.locator("main").getByRole("status");

/** What `read` finds at `path` for an anonymous visitor (a fresh context: no session, no preview). */
async function asVisitor<T>(page: Page, path: string, read: (visitor: Page) => Promise<T>) {
  const context = await page.context().browser()?.newContext();
  if (!context) throw new Error("no browser");
  const visitor = await context.newPage();
  await visitor.goto(new URL(path, test.info().project.use.baseURL).toString());
  const found = await read(visitor);
  await context.close();
  return found;
}

const visitorMessages = (page: Page, path: string) =>
  asVisitor(page, path, async (visitor) =>
    (await visitor.locator("section[aria-labelledby=messages-title] li").allTextContents()).map((text) => text.trim()),
  );
const visitorSees = (page: Page, path: string) =>
  asVisitor(page, path, async (visitor) => (await visitor.locator("main").textContent()) ?? "");

const onSite = (page: Page) =>
  page
    .getByRole("region", { name: "On the site" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading") });

/**
 * Presses a button whose form posts to the page, and waits for the server's answer. The status may
 * already say the same after an earlier press (two moves both say "new order"), so it cannot tell
 * that this one is done.
 */
async function pressAndWait(page: Page, button: Locator) {
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && Boolean(response.request().headers()["next-action"]),
  );
  await button.click();
  await answered;
}

/** Opens a key message's editor in a language from the key messages page. */
async function openEditor(message: Locator, language: RegExp) {
  await message.getByRole("link", { name: language }).click();
}

test("edit a key message in French: draft, preview, publish, restore", async ({ page }) => {
  test.setTimeout(90_000);
  const before = await visitorMessages(page, "/fr");
  expect(before.length).toBeGreaterThan(2);

  await signIn(page, "moderator");
  await page.getByRole("link", { name: "Key messages", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Key messages" })).toBeVisible();
  await expectNoAxeViolations(page);

  await openEditor(onSite(page).nth(1), /edit in French$/);
  await expect(page.getByRole("heading", { name: "English source" })).toBeVisible();
  const current = await textArea(page).inputValue();
  expect(before[1]).toBe(current);

  const draft = `Parler d’une seule voix pour l’AEA, ${Date.now()}`;
  await textArea(page).fill(draft);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(status(page)).toHaveText(/Draft saved/);
  expect(await visitorMessages(page, "/fr")).toEqual(before);

  // The preview is the real home page, with the draft, for this staff member only.
  await page.getByRole("link", { name: "Preview on its page" }).click();
  await expect(page).toHaveURL(/\/fr$/);
  await expect(page.locator("section[aria-labelledby=messages-title]")).toContainText(draft);
  expect(await visitorMessages(page, "/fr")).toEqual(before);
  await page.goto("/admin/texts/preview?end=1");

  await page.goto("/admin/key-messages");
  await openEditor(onSite(page).nth(1), /edit in French$/);
  await page.getByRole("button", { name: "Publish the draft" }).click();
  await expect(status(page)).toHaveText(/Published/);
  expect((await visitorMessages(page, "/fr"))[1]).toBe(draft);
  expect(await visitorSees(page, "/fr/toolkit")).toContain(draft);

  const revisions = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^Restore revision/ }) });
  await revisions
    .filter({ hasText: current.slice(0, 25) })
    .first()
    .getByRole("button", { name: /^Restore revision/ })
    .click();
  await expect(status(page)).toHaveText(/earlier version is now the draft/);
  await page.getByRole("button", { name: "Publish the draft" }).click();
  await expect(status(page)).toHaveText(/Published/);
  expect(await visitorMessages(page, "/fr")).toEqual(before);
});

test("reorder, retire and put back a key message; a new one stays off the site until published", async ({ page }) => {
  test.setTimeout(90_000);
  const before = await visitorMessages(page, "/en");
  await signIn(page, "admin");
  await page.goto("/admin/key-messages");

  await pressAndWait(page, page.getByRole("button", { name: "Move down: message 1" }));
  await expect(status(page)).toHaveText(/new order is on the site/);
  expect(await visitorMessages(page, "/en")).toEqual([before[1], before[0], ...before.slice(2)]);
  await pressAndWait(page, page.getByRole("button", { name: "Move up: message 2" }));
  await expect(status(page)).toHaveText(/new order is on the site/);
  expect(await visitorMessages(page, "/en")).toEqual(before);

  await page.getByRole("button", { name: "Retire: message 3" }).click();
  await expect(status(page)).toHaveText(/left the site/);
  expect(await visitorMessages(page, "/en")).toEqual(before.filter((_, index) => index !== 2));
  const retired = page.getByRole("region", { name: "Retired" }).getByRole("listitem").filter({ hasText: before[2] });
  await expect(retired).toBeVisible();
  await expectNoAxeViolations(page);
  await retired.getByRole("button", { name: "Put back on the site" }).click();
  await expect(status(page)).toHaveText(/back on the site/);
  expect(await visitorMessages(page, "/en")).toEqual(before);

  // Bad input keeps what was typed.
  const form = page.getByRole("region", { name: "Add a key message" });
  const html = "Learning <script>alert(1)</script> for all";
  await form.getByRole("textbox", { name: "English text" }).fill(html);
  await form.getByRole("button", { name: "Add as a draft" }).click();
  await expect(form.getByText(/HTML and scripts are not allowed/)).toBeVisible();
  await expect(form.getByRole("textbox", { name: "English text" })).toHaveValue(html);
  await expect(form.getByRole("textbox", { name: "English text" })).toHaveAttribute("aria-invalid", "true");

  const added = `Learning never ends ${Date.now()}`;
  await form.getByRole("textbox", { name: "English text" }).fill(added);
  await form.getByRole("button", { name: "Add as a draft" }).click();
  await expect(status(page)).toHaveText(/Draft saved/);
  await expect(textArea(page)).toHaveValue(added);
  expect(await visitorMessages(page, "/en")).toEqual(before);
  // Retired again so the site stays as the other specs expect it.
  await page.goto("/admin/key-messages");
  await onSite(page)
    .filter({ hasText: added })
    .getByRole("button", { name: /^Retire/ })
    .click();
  await expect(status(page)).toHaveText(/left the site/);

  const audit = await (await page.request.get("/admin/audit?entityType=KeyMessage")).text();
  for (const action of ["keyMessage.move", "keyMessage.retire", "keyMessage.restore", "keyMessage.add"]) {
    expect(audit).toContain(action);
  }
});

test("edit an action's title in Spanish and a horizon's title, then restore them", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "moderator");
  for (const key of ["action.4.title", "CallToAction.horizons.MEDIUM_TERM"]) {
    await page.goto("/admin/texts");
    const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: key, exact: true }) });
    await row.getByRole("link", { name: new RegExp(`${key.replace(/\./g, "\\.")} \\(es\\)`) }).click();
    const current = await textArea(page).inputValue();
    const edited = `${current} (${Date.now()})`;
    await textArea(page).fill(edited);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(status(page)).toHaveText(/Published/);
    expect(await visitorSees(page, "/es/call-to-action")).toContain(edited);

    await page
      .getByRole("listitem")
      .filter({ hasText: current.slice(0, 20) })
      .filter({ has: page.getByRole("button", { name: /^Restore revision/ }) })
      .first()
      .getByRole("button", { name: /^Restore revision/ })
      .click();
    await expect(status(page)).toHaveText(/earlier version is now the draft/);
    await page.getByRole("button", { name: "Publish the draft" }).click();
    await expect(status(page)).toHaveText(/Published/);
    const restored = await visitorSees(page, "/es/call-to-action");
    expect(restored).toContain(current);
    expect(restored).not.toContain(edited);
  }
});
