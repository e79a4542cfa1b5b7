import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/admin";
import { approvedAndManaging } from "./support/endorser";

const axe = (page: Page) => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze();

const startedOnAction4 = async (page: Page) => {
  await page.goto("/en/call-to-action");
  const counts = page.locator("#action-4 [data-progress]");
  // No line yet while nobody committed to the action.
  const text = (await counts.count()) ? ((await counts.textContent()) ?? "") : "";
  return Number(/Started: (\d+)/.exec(text)?.[1] ?? 0);
};

test.describe("progress on commitments, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the endorser marks progress, a moderator approves the text, the counts and the endorser's page show it", async ({
    page,
    browser,
  }, info) => {
    // One long story: sign-up, approval, progress, moderation, the public pages and the session.
    test.setTimeout(120_000);
    const stamp = `${Date.now()}progress`;
    const name = `Night School ${stamp}`;
    const startedBefore = await startedOnAction4(page);
    const link = await approvedAndManaging(page, browser, info.project.name, name, `ana.${stamp}@school.example.org`);

    await expect(page.getByRole("heading", { name: "Progress on your commitments" })).toBeVisible();
    const form = page.getByRole("form", { name: /^4\. At the local level/ });
    // Bad input: a description too long and a link that is not a web address. Both are named and kept.
    const tooLong = `Evening classes ${"x".repeat(280)}`;
    await form.getByLabel("Started").check();
    await form.getByLabel(/What you did/).fill(tooLong);
    await form.getByLabel(/^Link/).fill("javascript:alert(1)");
    await form.getByRole("button", { name: "Save progress" }).click();
    const again = page.getByRole("form", { name: /^4\. At the local level/ });
    await expect(again.getByText("This is too long: please write at most 280 characters.")).toBeVisible();
    await expect(again.getByText("Please enter a web address starting with http:// or https://")).toBeVisible();
    await expect(again.getByLabel(/What you did/)).toHaveValue(tooLong);
    await expect(again.getByLabel(/^Link/)).toHaveValue("javascript:alert(1)");
    await expect(again.getByLabel("Started")).toBeChecked();

    await again.getByLabel(/What you did/).fill("Evening classes in three districts");
    await again.getByLabel(/^Link/).fill("https://example.org/night-school");
    await again.getByRole("button", { name: "Save progress" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Progress saved." })).toContainText(
      "will show once the campaign team has read them",
    );

    // The state is public at once; the text waits for the moderator.
    const slug = (await page
      .getByRole("link", { name: "See your organisation's page on the wall" })
      .getAttribute("href")) as string;
    await page.goto(slug);
    await expect(page.locator("[data-progress=started]")).toHaveText("Started");
    await expect(page.getByText("Evening classes in three districts")).toHaveCount(0);
    expect(await startedOnAction4(page)).toBe(startedBefore + 1);

    const moderatorContext = await browser.newContext({ javaScriptEnabled: true });
    const moderator = await moderatorContext.newPage();
    await signIn(moderator, "moderator");
    await moderator.goto("/admin/endorsements");
    await moderator.getByRole("link", { name: new RegExp(`^${name}, action 4`) }).click();
    const review = moderator.getByRole("region", { name: "Progress on commitments" });
    await expect(review).toContainText("Evening classes in three districts");
    await review.getByRole("button", { name: "Approve this text" }).click();
    await expect(moderator.getByRole("status").filter({ hasText: "Approved:" })).toBeVisible();
    await moderatorContext.close();

    // The browser may keep the page it loaded seconds ago for 3 s (max-age=3, decision 033); a
    // visitor who reloads asks the site again and sees the approved text at once.
    await page.goto(slug);
    await page.reload();
    await expect(page.getByText("Evening classes in three districts")).toBeVisible();
    await expect(page.getByRole("link", { name: "More about action 4" })).toHaveAttribute(
      "href",
      "https://example.org/night-school",
    );
    // Open data is a file rebuilt after each change (decision 031): it follows within seconds.
    const progressInOpenData = async () => {
      const openData = await (await page.request.get("/api/endorsers/json")).json();
      return openData.endorsers.find((e: { name: string }) => e.name === name)?.progress;
    };
    await expect.poll(progressInOpenData, { timeout: 10_000 }).toEqual([
      {
        action: 4,
        state: "started",
        description: "Evening classes in three districts",
        link: "https://example.org/night-school",
      },
    ]);

    // With JavaScript, a session that ended while the page was open gets a clear error and keeps what was typed.
    const scripted = await browser.newContext({ javaScriptEnabled: true });
    await scripted.addCookies(await page.context().cookies());
    const tab = await scripted.newPage();
    // axe runs as a script in the page, so the pages are checked here, with JavaScript on.
    await tab.goto(slug);
    expect((await axe(tab)).violations).toEqual([]);
    await tab.goto("/en/endorse/manage");
    const stale = tab.getByRole("form", { name: /^4\. At the local level/ });
    await expect(stale.getByLabel(/What you did/)).toHaveValue("Evening classes in three districts");
    await stale.getByLabel(/^Link/).fill("ftp://example.org/report");
    await stale.getByRole("button", { name: "Save progress" }).click();
    await expect(stale.getByText("Please enter a web address starting with http:// or https://")).toBeVisible();
    expect((await axe(tab)).violations).toEqual([]);
    await scripted.clearCookies();
    await stale.getByLabel("Done").check();
    await stale.getByLabel(/What you did/).fill("All classes finished");
    await stale.getByRole("button", { name: "Save progress" }).click();
    await expect(stale.getByRole("alert")).toContainText("Your session has expired");
    await expect(stale.getByLabel(/What you did/)).toHaveValue("All classes finished");
    await expect(stale.getByLabel("Done")).toBeChecked();
    await scripted.close();
    // A replayed manage link does not open the page again once the session it started has ended.
    await page.context().clearCookies();
    await page.goto(link.pathname + link.search);
    await expect(page.locator("main [role=alert]")).toContainText("This link has expired or was already used");
  });
});
