import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { totpCode } from "../../lib/staff/totp";
import { mailTo, signIn, staffAccounts } from "./support/admin";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

/** The review pages of the first `count` endorsements awaiting review (oldest first). */
async function firstInQueue(page: Page, count: number) {
  await page.goto("/admin/endorsements?status=AWAITING_REVIEW");
  const links = page.locator("table tbody tr td:nth-child(2) a");
  const hrefs: string[] = [];
  for (let i = 0; i < count; i++) hrefs.push((await links.nth(i).getAttribute("href")) as string);
  return hrefs;
}

test.describe("staff sign-in", () => {
  test("refuses a wrong password and an unknown email alike, keeps the email, and locks after repeated failures", async ({
    page,
  }) => {
    await page.goto("/admin/sign-in");
    await expectNoAxeViolations(page);
    const tries = [
      [staffAccounts.moderator.email, "not-the-password"],
      [`nobody.${Date.now()}@example.org`, staffAccounts.moderator.password],
    ];
    for (const [email, password] of tries) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("main").getByRole("alert")).toHaveText("The email, password or code is not right.");
      await expect(page.getByLabel("Email")).toHaveValue(email);
    }
    // Five failures lock the account, from this address, for the rest of a 15-minute window.
    const target = `locked.${Date.now()}@example.org`;
    // The windows are fixed quarter hours (lib/security/rate-limit.server.ts): a run that crosses
    // one starts counting again, so it may take five more tries.
    const quarterHour = () => Math.floor(Date.now() / (15 * 60_000));
    const startedIn = quarterHour();
    let attempts = 0;
    await expect(async () => {
      attempts++;
      await page.getByLabel("Email").fill(target);
      await page.getByLabel("Password").fill(`wrong-${attempts}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.locator("main").getByRole("alert")).toContainText("Too many attempts", { timeout: 1500 });
    }).toPass({ timeout: 30_000 });
    expect(attempts).toBeGreaterThan(5);
    expect(attempts).toBeLessThan(quarterHour() === startedIn ? 9 : 14);
  });

  test("two-step sign-in: set up with an authenticator code, then required at sign-in; sign out everywhere", async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000); // waits for the next 30-second code
    // An admin creates a colleague's account.
    await signIn(page, "admin");
    const email = `colleague.${Date.now()}@example.org`;
    const password = "a long passphrase for tests";
    await page.goto("/admin/staff");
    await page.getByLabel("Name").fill("Colleague");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("First password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(email); // nothing typed is lost
    await page.getByLabel("First password").fill(password);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Account created.")).toBeVisible();

    // The colleague signs in and turns on two-step sign-in.
    const context = await browser.newContext();
    const colleague = await context.newPage();
    await colleague.goto("/admin/sign-in");
    await colleague.getByLabel("Email").fill(email);
    await colleague.getByLabel("Password").fill(password);
    await colleague.getByRole("button", { name: "Sign in" }).click();
    await expect(colleague.getByRole("heading", { name: "Dashboard" })).toBeVisible();
    await colleague.goto("/admin/account");
    const secret = (await colleague.getByTestId("totp-secret").textContent()) as string;
    // Turning it on asks for the password again.
    await colleague.getByLabel("Your password").fill("not my password");
    await colleague.getByLabel("Code from the app").fill(totpCode(secret));
    await colleague.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(colleague.getByText("This is not your current password.")).toBeVisible();
    await colleague.getByLabel("Your password").fill(password);
    await colleague.getByLabel("Code from the app").fill("000000");
    await colleague.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(colleague.getByText("This code is not right.")).toBeVisible();
    await colleague.getByLabel("Your password").fill(password);
    await colleague.getByLabel("Code from the app").fill(totpCode(secret));
    await colleague.getByRole("button", { name: "Turn on two-step sign-in" }).click();
    await expect(colleague.getByText("Two-step sign-in is on.")).toBeVisible();

    // A second device, then "sign out everywhere" from the first ends both sessions.
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.goto("/admin/sign-in");
    await second.getByLabel("Email").fill(email);
    await second.getByLabel("Password").fill(password);
    await second.getByRole("button", { name: "Sign in" }).click();
    await expect(second.locator("main").getByRole("alert")).toHaveText("The email, password or code is not right.");
    // The code used for the setup cannot be used again; wait for the next one.
    const used = totpCode(secret);
    await expect.poll(() => totpCode(secret), { timeout: 35_000, intervals: [1000] }).not.toBe(used);
    await second.getByLabel("Password").fill(password);
    await second.getByLabel("Authentication code").fill(totpCode(secret));
    await second.getByRole("button", { name: "Sign in" }).click();
    await expect(second.getByRole("heading", { name: "Dashboard" })).toBeVisible();

    await colleague.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(colleague).toHaveURL(/\/admin\/sign-in/);
    await second.goto("/admin/endorsements");
    await expect(second).toHaveURL(/\/admin\/sign-in/);
    await context.close();
    await other.close();
  });
});

test.describe("moderation", () => {
  test("a moderator approves one, rejects one with a stock reason (emailed in the endorser's language) and bulk approves two @smoke", async ({
    page,
  }, info) => {
    test.setTimeout(90_000); // a sign-in, two axe runs and a dozen pages: 21–26 s, once 31.4 s in CI
    await signIn(page, "moderator");
    await expectNoAxeViolations(page); // the dashboard with its charts
    const [toApprove, toReject] = await firstInQueue(page, 2);

    await page.goto(toApprove);
    await expectNoAxeViolations(page);
    const approvedName = (await page.getByRole("heading", { level: 1 }).textContent()) as string;
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Approved.");
    await page.getByRole("link", { name: "The endorsement you just decided" }).click(); // it moved on to the next
    await expect(page.getByText("by moderator@example.org")).toBeVisible(); // history names the moderator
    await page.getByRole("button", { name: "Mark as partner" }).click();
    await expect(page.getByRole("button", { name: "Unmark as partner" })).toBeVisible();
    const slugLink = page.getByRole("link", { name: "Public page" });
    await page.goto((await slugLink.getAttribute("href")) as string);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(approvedName.replace(/ \([^)]*\)$/, ""));
    await expect(page.getByText("Campaign partner")).toBeVisible();

    await page.goto(toReject);
    const rejectedName = (await page.getByRole("heading", { level: 1 }).textContent()) as string;
    const contact = (await page.locator("dd", { hasText: "@example.org" }).textContent()) as string;
    const email = (contact.match(/\S+@example\.org/) ?? [""])[0];
    const locale = (await page.locator("dt:text('Language') + dd").textContent()) as string;
    await page.getByRole("button", { name: "Reject and email the reason" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("Choose a reason");
    await page.getByLabel("Reason for rejecting").selectOption("notAle");
    await page.getByRole("button", { name: "Reject and email the reason" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Rejected.");
    const catalogue = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8"));
    const [mail] = await mailTo(info.project.name, email, (m) =>
      m.text.includes(catalogue.Emails.rejectionReasons.notAle),
    );
    expect(mail.locale).toBe(locale);

    const bulk = await firstInQueue(page, 2);
    await page.goto("/admin/endorsements?status=AWAITING_REVIEW");
    for (const href of bulk) await page.locator(`tr:has(a[href="${href}"]) input[type=checkbox]`).check();
    await page.getByRole("button", { name: "Approve selected" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Approved 2.");
    for (const href of bulk) {
      await page.goto(href);
      await expect(page.getByText("Approved", { exact: true })).toBeVisible();
    }

    // Every decision is in the audit log, with the status before and after.
    await page.goto("/admin/audit?action=endorsement.");
    const rejection = page.locator("tbody tr").filter({ hasText: "endorsement.reject" }).first();
    await expect(rejection).toContainText("AWAITING_REVIEW");
    // In words, with the organisation's name rather than its id.
    await expect(rejection).toContainText("Endorsement rejected");
    await expect(rejection.getByRole("link", { name: rejectedName.replace(/ \([^)]*\)$/, "") })).toHaveAttribute(
      "href",
      toReject,
    );
    await expectNoAxeViolations(page);
  });

  test("the queue selects a whole page and shows how long each waited; a decision leads to the next in the queue", async ({
    page,
  }) => {
    await signIn(page, "moderator");
    const [first, second] = await firstInQueue(page, 2);
    await expect(page.locator("tbody input[type=checkbox]:checked")).toHaveCount(0);
    await page.getByRole("link", { name: /^Select all \d+ on this page$/ }).click();
    await expect(page.locator("tbody input[type=checkbox]").first()).toBeChecked();
    await expect(page.locator("tbody input[type=checkbox]:not(:checked)")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Clear the selection" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Waiting" })).toBeVisible();
    await expect(page.locator("tbody tr").first().locator("td").last()).toHaveText(/^\d+ (min|h|days)$/);

    await page.goto(first);
    await expect(page.getByRole("link", { name: "Skip to the next in the queue →" })).toHaveAttribute("href", second);
    await page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${second}\\?`));
    await expect(page.locator("main").getByRole("status")).toContainText("Approved. The endorser was emailed");
    await expect(page.locator("main").getByRole("status")).toContainText("Next in the queue:");
    await page.getByRole("link", { name: "The endorsement you just decided" }).click();
    await expect(page).toHaveURL(new RegExp(`${first}$`));
    await expect(page.getByText("Approved", { exact: true })).toBeVisible();
  });

  test("after Reject selected without a reason, the selection is still ticked; with a reason it goes through", async ({
    page,
  }) => {
    await signIn(page, "moderator");
    const picked = await firstInQueue(page, 2);
    await page.goto("/admin/endorsements?status=AWAITING_REVIEW");
    const box = (href: string) => page.locator(`tr:has(a[href="${href}"]) input[type=checkbox]`);
    for (const href of picked) await box(href).check();
    await page.getByRole("button", { name: "Reject selected" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("Choose a reason");
    for (const href of picked) await expect(box(href)).toBeChecked();
    await expect(page.locator("tbody input[type=checkbox]:checked")).toHaveCount(picked.length);
    await page.getByLabel("Reason for rejecting").selectOption("notAle");
    await page.getByRole("button", { name: "Reject selected" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Rejected 2;");
  });

  test("two staff on one endorsement see each other; the decision taken on the stale view is refused", async ({
    page,
    browser,
  }) => {
    await signIn(page, "moderator");
    const [shared] = await firstInQueue(page, 1);
    await page.goto(shared);
    await expect(page.getByTestId("also-open")).toHaveCount(0);

    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await signIn(adminPage, "admin");
    await adminPage.goto(shared);
    await expect(adminPage.getByTestId("also-open")).toContainText("moderator@example.org");
    await expectNoAxeViolations(adminPage);

    // The admin approves first; the moderator, still on the old view, tries to reject.
    await adminPage.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(adminPage.locator("main").getByRole("status")).toContainText("Approved.");
    await page.getByLabel("Reason for rejecting").selectOption("notAle");
    await page.getByRole("button", { name: "Reject and email the reason" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText(
      "someone changed this endorsement while you were looking at it",
    );
    await expect(page.getByText("Approved", { exact: true })).toBeVisible(); // the admin's decision stands
    await adminContext.close();
  });

  test("a moderator turns the daily digest on and off; overdue reviews stand out on the dashboard", async ({
    page,
  }) => {
    await signIn(page, "moderator");
    // The demo data has endorsements waiting for weeks.
    await expect(page.getByRole("heading", { name: /Overdue for review: \d+/ })).toBeVisible();
    await page.goto("/admin/account");
    const digest = page.getByLabel(/Email me every morning/);
    await expect(digest).not.toBeChecked();
    await digest.check();
    await page.getByRole("button", { name: "Save digest choice" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Daily digest on");
    await expect(page.getByLabel(/Email me every morning/)).toBeChecked();
    await page.getByLabel(/Email me every morning/).uncheck();
    await page.getByRole("button", { name: "Save digest choice" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Daily digest off");
    await expect(page.getByLabel(/Email me every morning/)).not.toBeChecked();
  });

  test("a moderator writes a news item one language at a time, previews it and publishes it in two languages", async ({
    page,
  }) => {
    await signIn(page, "moderator");
    const stamp = Date.now();
    await page.goto("/admin/news/new");
    await expectNoAxeViolations(page);
    const language = (name: RegExp) => page.locator("details", { has: page.locator("summary", { hasText: name }) });
    const english = language(/^English/);
    const french = language(/^French/);
    // One language shows at a time (no script needed); the English title is required, not "(optional)".
    await expect(english.locator("label[for=field-title_en]")).toHaveText("Title");
    await expect(french.getByLabel("Title")).toBeHidden();
    await expect(page.getByLabel("Publication date and time (UTC)")).toHaveValue(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await english.getByLabel("Title").fill(`Learning cities meet ${stamp}`);
    await english.getByLabel("Summary").fill("Mayors share what works.");
    await french.locator("summary").click();
    await expect(english.getByLabel("Title")).toBeHidden();
    await french.getByLabel("Title").fill(`Les villes apprenantes se réunissent ${stamp}`);
    await page.getByLabel("Publication date and time (UTC)").fill("2026-13-01 09:30");
    await page.getByRole("button", { name: "Create" }).click();
    // Nothing is lost and the errors say why; the first language to correct is open.
    await expect(english.getByText("Add the text for this language")).toBeVisible();
    await expect(page.getByText("Enter the publication date and time as yyyy-mm-dd HH:mm (UTC).")).toBeVisible();
    await expect(french.locator("summary")).toContainText("to correct");
    await french.locator("summary").click();
    await expect(french.getByText("Add the text for this language")).toBeVisible();
    await expect(french.getByLabel("Title")).toHaveValue(`Les villes apprenantes se réunissent ${stamp}`);
    await french.getByLabel("Summary").fill("Les maires partagent ce qui marche.");
    await french.getByLabel("Text (Markdown)").fill("Des nouvelles en *français*.");
    await english.locator("summary").click();
    await english.getByLabel("Text (Markdown)").fill("**Bold** news. <script>alert(1)</script>");
    await page.getByLabel("Publication date and time (UTC)").fill("2026-12-01 09:30");

    // The preview renders both versions as the site will, and saves nothing.
    await page.getByRole("button", { name: "Preview (not saved)" }).click();
    const preview = page.getByRole("region", { name: "Preview — not saved yet" });
    await expect(preview.getByRole("heading", { name: `Learning cities meet ${stamp}` })).toBeVisible();
    await expect(preview.locator("strong", { hasText: "Bold" })).toBeVisible();
    await expect(preview.locator("article[lang=fr] em", { hasText: "français" })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/news\/new$/);

    await page.getByLabel("Status").selectOption("PUBLISHED");
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Saved.");
    await expect(page.getByLabel("Publication date and time (UTC)")).toHaveValue("2026-12-01 09:30");

    await page.goto("/en/news");
    await page.getByRole("link", { name: `Learning cities meet ${stamp}` }).click();
    await expect(page.locator("article strong", { hasText: "Bold" })).toBeVisible();
    expect(await page.content()).not.toContain("<script>alert(1)</script>");
    await page.goto("/fr/news");
    await expect(page.getByRole("link", { name: `Les villes apprenantes se réunissent ${stamp}` })).toBeVisible();
  });

  test("a moderator adds an event in its own time zone", async ({ page }) => {
    await signIn(page, "moderator");
    const stamp = Date.now();
    await page.goto("/admin/events/new");
    await expectNoAxeViolations(page);
    await page.getByLabel("Status").selectOption("PUBLISHED");
    await page.getByLabel("Time zone of the event").selectOption("Africa/Nairobi");
    await page.getByLabel("Starts (in that time zone)").fill("2030-09-08T14:00");
    await page.getByLabel("Ends (in that time zone)").fill("2030-09-08T13:00");
    await page.locator("#field-title_en").fill(`ALE week ${stamp}`);
    await page.locator("#field-body_en").fill("Join us.");
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.getByText("The end must come after the start.")).toBeVisible();
    await page.getByLabel("Ends (in that time zone)").fill("2030-09-08 16:00");
    await page.getByRole("button", { name: "Create" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Saved.");
    await expect(page.getByLabel("Starts (in that time zone)")).toHaveValue("2030-09-08 14:00");
    await page.goto("/en/events");
    await page
      .getByRole("link", { name: `ALE week ${stamp}` })
      .first()
      .click();
    await expect(page.locator("main")).toContainText("September 8, 2030 at 2:00 PM – 4:00 PM (East Africa Time");
  });
});

test.describe("admin", () => {
  test("an admin edits and reorders partners, and the public page follows", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/partners");
    await expectNoAxeViolations(page);
    const first = page.locator("tbody tr").first().locator("td:nth-child(3) a");
    const firstName = (await first.textContent()) as string;
    await page.locator("tbody tr").first().getByRole("button", { name: /down$/ }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Order saved.");
    await expect(page.locator("tbody tr").nth(1).locator("td:nth-child(3) a")).toHaveText(firstName);

    await page.locator("tbody tr").nth(1).locator("td:nth-child(3) a").click();
    await expectNoAxeViolations(page);
    await page.getByLabel("Website").fill("not a web address");
    await page.getByRole("button", { name: "Save partner" }).click();
    await expect(page.getByText("Enter a full web address")).toBeVisible();
    const url = `https://partner-${Date.now()}.example.org/`;
    await page.getByLabel("Website").fill(url);
    await page.getByLabel("Replace the logo").setInputFiles("public/toolkit/we-are-ale-logo-en-dark.png");
    await page.getByRole("button", { name: "Save partner" }).click();
    await expect(page.locator("main").getByRole("status")).toContainText("Partner saved.");
    await page.goto("/en/partners");
    await expect(page.locator(`a[href="${url}"]`)).toBeVisible();
  });

  test("an admin exports every endorsement with all fields as CSV", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/endorsements?status=APPROVED");
    const total = Number(((await page.getByText(/^\d+ approved/).textContent()) as string).split(" ")[0]);
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV (all fields)" }).click();
    const download = await downloadPromise;
    const csv = readFileSync(await download.path(), "utf8")
      .trim()
      .split("\n");
    expect(csv[0]).toContain("contactEmail");
    expect(csv.length - 1).toBe(total);
    expect(csv[1]).toContain("APPROVED");

    const auditDownload = page.waitForEvent("download");
    await page.goto("/admin/audit");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const audit = readFileSync(await (await auditDownload).path(), "utf8");
    expect(audit.split("\n")[0]).toBe("id,at,actorKind,actorEmail,action,entityType,entityId,before,after");
    expect(audit).toContain("export.endorsements");
  });

  test("saving the settings asks for the password again", async ({ page }) => {
    await signIn(page, "admin");
    await page.goto("/admin/settings");
    const requirement = page.getByLabel(/Require two-step sign-in/);
    await expect(requirement).not.toBeChecked(); // the demo data turns the default off
    await page.getByLabel("Your password").fill("not my password");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.locator("main").getByRole("alert")).toContainText("that is not your current password");
    await page.getByLabel("Your password").fill(staffAccounts.admin.password);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
  });

  test("every other admin page passes axe", async ({ page }) => {
    test.setTimeout(120_000); // a sign-in and eight axe runs (CI took 32 s once on a slow machine)
    await signIn(page, "admin");
    for (const path of [
      "/admin/staff",
      "/admin/settings",
      "/admin/account",
      "/admin/mail",
      "/admin/news",
      "/admin/events",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.goto("/admin/news");
    await page.locator("tbody a").first().click();
    await expectNoAxeViolations(page);
    await page.goto("/admin/endorsements?status=APPROVED");
    await expectNoAxeViolations(page);
  });
});

test("a staff member switches the admin to French and sees French chrome; a forged language is refused", async ({
  page,
}) => {
  await signIn(page, "moderator");
  await page.goto("/admin/account");
  const language = page.getByRole("combobox", { name: "Language" });
  try {
    await language.selectOption("fr");
    await page.getByRole("button", { name: "Save the language" }).click();
    await expect(page.getByRole("status")).toHaveText("L’administration est désormais en français.");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Votre compte");
    const nav = page.getByRole("navigation", { name: "Administration" });
    await expect(nav.getByRole("link", { name: "Tableau de bord" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Journal d’audit" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Se déconnecter", exact: true })).toBeVisible();
    await expect(page.getByRole("link", { name: /\(modérateur\)$/ })).toBeVisible();
    await expectNoAxeViolations(page);

    // The choice is stored on the account: another page, later, is still French.
    await page.goto("/admin/news");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");

    // A value outside the list (a forged form) is refused and changes nothing.
    await page.goto("/admin/account");
    await page
      .getByRole("combobox", { name: "Langue" })
      .evaluate((select: HTMLSelectElement) => select.add(new Option("Deutsch", "de"), null));
    await page.getByRole("combobox", { name: "Langue" }).selectOption("de");
    await page.getByRole("button", { name: "Enregistrer la langue" }).click();
    await expect(page.locator("main").getByRole("alert")).toHaveText("Veuillez choisir l’une des langues proposées.");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  } finally {
    // Leave the shared demo account in English for the other tests.
    await page.goto("/admin/account");
    await page.locator('select[name="adminLocale"]').selectOption("en");
    await page.locator('form:has(select[name="adminLocale"]) button[type="submit"]').click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  }
});
