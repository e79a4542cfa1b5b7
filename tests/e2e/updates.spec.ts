import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { outboxFor, signIn } from "./support/admin";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

type OutboxMail = { to: string; subject: string; text: string; headers?: Record<string, string> };

/** The first delivered copy of an update with this subject, waiting up to 10 s for the queue. */
async function deliveredCopy(projectName: string, subject: string, not: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const dir = outboxFor(projectName);
    const found = readdirSync(dir)
      .filter((file) => file.endsWith(".json")) // not one still being written (.part)
      .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as OutboxMail)
      .find((mail) => mail.subject === subject && mail.to !== not);
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No copy of "${subject}"`);
}

test("an admin writes an update, fixes what the form refuses, previews, tests and sends it; a reader unsubscribes in one click", async ({
  page,
}, info) => {
  const subject = `Five years of ALE ${Date.now()}`;
  await signIn(page, "admin");
  await page.goto("/admin/updates");
  await page.getByRole("link", { name: "Write an update" }).click();
  await expectNoAxeViolations(page);

  // Empty English text, and French with a subject only: refused, everything typed kept.
  await page
    .getByRole("group", { name: /^French/ })
    .getByLabel("Subject")
    .fill("Cinq ans");
  await page.getByLabel(/Committed to action 3:/).check();
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("Please correct 3 fields");
  await expect(page.getByRole("group", { name: /^French/ }).getByLabel("Subject")).toHaveValue("Cinq ans");
  await expect(page.getByLabel(/Committed to action 3:/)).toBeChecked();

  const english = page.getByRole("group", { name: /^English/ });
  await english.getByLabel("Subject").fill(subject);
  await english.getByLabel("Text (Markdown)").fill("We **met** in Geneva.\n\n<script>alert(1)</script>");
  await page
    .getByRole("group", { name: /^French/ })
    .getByLabel("Text (Markdown)")
    .fill("Nous nous sommes **réunis**.");
  await page.getByLabel(/Committed to action 3:/).uncheck();
  await page.getByRole("button", { name: "Save the draft" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Saved as a draft");

  // The preview renders the Markdown and shows HTML as typed.
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("strong", { hasText: "met" })).toBeVisible();
  await expect(preview.getByText("<script>alert(1)</script>")).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: /Send a test to me/ }).click();
  await expect(page.locator("main").getByRole("status")).toContainText("Sent you 2 test emails");

  await page.getByRole("button", { name: "Send the update" }).click();
  await expect(page.locator("main").getByRole("alert")).toContainText("tick the box");
  await page.getByLabel(/I checked the preview/).check();
  await page.getByRole("button", { name: "Send the update" }).click();
  await expect(page.locator("main").getByRole("status")).toContainText(/Queued for [1-9]\d* endorsers?;/);

  await page.getByRole("button", { name: /Make a news item from it/ }).click();
  await expect(page).toHaveURL(/\/admin\/news\/c\w+$/);
  await expect(page.locator(`input[value="${subject}"]`)).toHaveCount(1);

  await page.goto("/admin/updates");
  const row = page.locator("tbody tr", { hasText: subject });
  await expect(row).toContainText("admin@example.org");
  await expectNoAxeViolations(page);

  // A reader's copy carries the one-click headers; opening the link only shows a button.
  const copy = await deliveredCopy(info.project.name, subject, "admin@example.org");
  expect(copy.headers?.["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const link = new URL((copy.headers?.["List-Unsubscribe"] ?? "").replace(/^<|>$/g, ""));
  await page.goto(link.pathname + link.search);
  await expectNoAxeViolations(page);
  await page.getByRole("button").click();
  await expect(page.getByRole("status")).toBeVisible();
  // A replay answers the same.
  const replay = await page.request.post(link.pathname + link.search);
  expect(replay.status()).toBe(200);
  const forged = await page.request.post(
    `/api/unsubscribe?l=en&t=${encodeURIComponent("cx0000000000000000000000.forged")}`,
  );
  expect(forged.status()).toBe(400);
});
