import { type Browser, expect, type Page } from "@playwright/test";
import { mailTo, signIn } from "./admin";

/** The endorsement form filled for a trade union in Ghana committing to action 4. */
export async function fillForm(page: Page, name: string, email: string) {
  await page.getByLabel("Name of the organisation").fill(name);
  await page.getByLabel("Type of organisation").selectOption({ label: "Trade union" });
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Ghana" });
  await page.locator("#city").fill("Tamale");
  await page.locator("#website").fill("www.example.org");
  await page.getByLabel("Full name").fill("Kofi Mensah");
  await page.getByLabel("Role in the organisation").fill("Education officer");
  await page.getByLabel("Email address").fill(email);
  await page.locator("#statement").fill("Workers learn for life.");
  await page.getByLabel(/^4\. At the local level/).check();
  await page.getByLabel(/^I agree that the organisation/).check();
  await page.locator("#logo").setInputFiles("public/toolkit/we-are-ale-logo-en-dark.png");
}

/**
 * An organisation endorses, confirms by email, a moderator approves it, and its contact opens the
 * manage page through the emailed link (`page` ends there, signed in to manage). `beforeSending`
 * adds to the filled form. Returns the link.
 */
export async function approvedAndManaging(
  page: Page,
  browser: Browser,
  projectName: string,
  name: string,
  email: string,
  beforeSending: () => Promise<void> = async () => {},
) {
  await page.goto("/en/endorse");
  await fillForm(page, name, email);
  await beforeSending();
  await page.waitForTimeout(3100);
  await page.getByRole("button", { name: "Endorse #weareALE" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  const [confirmation] = await mailTo(projectName, email);
  const confirmLink = new URL((confirmation.text.match(/https?:\/\/\S+\/endorse\/confirm\?token=\S+/) ?? [""])[0]);
  await page.goto(confirmLink.pathname + confirmLink.search);
  await page.getByRole("button", { name: "Confirm the endorsement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your endorsement is confirmed");

  const moderatorContext = await browser.newContext({ javaScriptEnabled: true });
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, "moderator");
  await moderator.goto(`/admin/endorsements?q=${encodeURIComponent(name)}`);
  await moderator.getByRole("link", { name }).click();
  await moderator.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(moderator.locator("main").getByRole("status")).toContainText("Approved.");
  await moderatorContext.close();

  await page.goto("/en/endorse/manage");
  await page.getByLabel("Email address").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If an endorsement uses this address");
  const [manageMail] = await mailTo(projectName, email, (mail) => mail.subject.startsWith("Your link to manage"));
  const link = new URL((manageMail.text.match(/https?:\/\/\S+\/api\/manage\?token=\S+/) ?? [""])[0]);
  await page.goto(link.pathname + link.search);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  return link;
}
