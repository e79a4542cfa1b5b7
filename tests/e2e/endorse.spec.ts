import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { mailTo, signIn } from "./support/admin";
import { approvedAndManaging, fillForm } from "./support/endorser";

for (const javaScriptEnabled of [false, true]) {
  test.describe(`endorsing ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test(`an organisation endorses, confirms by email and, once approved, is on the wall @smoke`, async ({
      page,
      browser,
    }, info) => {
      const stamp = `${Date.now()}${javaScriptEnabled ? "js" : "nojs"}`;
      const name = `Union of Learners ${stamp}`;
      const email = `kofi.${stamp}@union.example.org`;
      await page.goto("/en/endorse");

      // A first try with a mistake: the errors are named and nothing typed is lost.
      await page.getByLabel("Name of the organisation").fill(name);
      await page.getByLabel("Email address").fill("kofi-at-example");
      await page.waitForTimeout(3100);
      await page.getByRole("button", { name: "Endorse #weareALE" }).click();
      const summary = page.locator("form [role=alert]");
      await expect(summary).toContainText("Please correct the following:");
      await expect(summary).toContainText("Email address: Please enter an email address");
      await expect(page.getByLabel("Name of the organisation")).toHaveValue(name);
      await expect(page.getByLabel("Email address")).toHaveValue("kofi-at-example");
      if (javaScriptEnabled) {
        // axe runs as a script in the page, so it can only check the form with JavaScript on.
        const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze();
        expect(violations).toEqual([]);
      }

      await fillForm(page, name, email);
      if (javaScriptEnabled) await expect(page.getByText("Logo received.")).toBeVisible();
      await page.getByRole("button", { name: "Endorse #weareALE" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      // The answer is the static page a sent form is redirected to (decision 032): it names no address.
      await expect(page).toHaveURL(/\/en\/endorse\/sent$/);
      await expect(page.getByText(email)).toHaveCount(0);

      const [confirmation] = await mailTo(info.project.name, email);
      expect(confirmation.subject).toBe(`Confirm the endorsement of ${name}`);
      const link = new URL((confirmation.text.match(/https?:\/\/\S+\/endorse\/confirm\?token=\S+/) ?? [""])[0]);
      await page.goto(link.pathname + link.search);
      // Opening the link confirms nothing (mail scanners open links too); the button does.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your endorsement");
      await page.getByRole("button", { name: "Confirm the endorsement" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your endorsement is confirmed");
      // Not a dead end: what happens next, sharing, the toolkit and the manage page.
      await expect(page.getByRole("heading", { name: "What happens next" })).toBeVisible();
      await expect(page.getByText(`Once it is approved, ${name} appears on the wall`)).toBeVisible();
      await expect(page.getByRole("link", { name: "Manage your endorsement" })).toHaveAttribute(
        "href",
        "/en/endorse/manage",
      );
      const shareOnX = new URL((await page.getByRole("link", { name: "X", exact: true }).getAttribute("href")) ?? "");
      expect(shareOnX.hostname).toBe("x.com");
      expect(shareOnX.searchParams.get("url")).toMatch(/\/en\/endorse$/);
      expect(shareOnX.searchParams.get("text")).toContain(`${name} endorses the global campaign`);
      await expect(page.getByRole("link", { name: "Open the toolkit" })).toHaveAttribute("href", "/en/toolkit");
      await page.goto(link.pathname + link.search);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");

      // A moderator approves it in the admin (in a browser of their own, with JavaScript).
      const moderatorContext = await browser.newContext({ javaScriptEnabled: true });
      const moderator = await moderatorContext.newPage();
      await signIn(moderator, "moderator");
      await moderator.goto(`/admin/endorsements?q=${stamp}`);
      // The queue shows the logo, the start of the statement and how long it has waited.
      const row = moderator.locator("tbody tr", { hasText: name });
      await expect(row.locator("img")).toHaveAttribute("src", /^\/media\/[a-f0-9]{64}$/);
      await expect(row).toContainText("Workers learn for life.");
      await expect(row.locator("td").last()).toHaveText(/^\d+ min$/);
      await moderator.getByRole("link", { name }).click();
      await moderator.getByRole("button", { name: "Approve", exact: true }).click();
      await expect(moderator.locator("main").getByRole("status")).toContainText("Approved.");
      await moderatorContext.close();

      await page.goto("/en/endorsers");
      await page.locator("input[name=q]").fill(stamp);
      await page.locator("select[name=region]").selectOption({ label: "Africa" });
      await page.getByRole("button", { name: "Show" }).click();
      await expect(page.getByText("1 organisation")).toBeVisible();
      // A search is the wall's page with its results written for it, and nothing to run (decision 035).
      await expect(page.locator("input[name=q]")).toHaveValue(stamp);
      expect(await page.locator("script").count()).toBe(0);
      await page.getByRole("link", { name: new RegExp(name) }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByText("Workers learn for life.")).toBeVisible();
      await expect(page.getByRole("link", { name: /4\. At the local level/ })).toBeVisible();
      const logo = page.locator("header img");
      await expect(logo).toHaveAttribute("src", /^\/media\/[a-f0-9]{64}$/);
      const html = await page.content();
      expect(html).not.toContain(email);
      expect(html).not.toContain("Kofi Mensah");
    });
  });
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`managing ${javaScriptEnabled ? "with" : "without"} JavaScript`, () => {
    test.use({ javaScriptEnabled });

    test("the contact manages the endorsement by magic link: update, withdraw, erase", async ({ page }, info) => {
      const stamp = `${Date.now()}manage${javaScriptEnabled ? "js" : "nojs"}`;
      const name = `Reading Circle ${stamp}`;
      const email = `ama.${stamp}@circle.example.org`;
      await page.goto("/en/endorse");
      await fillForm(page, name, email);
      await page.waitForTimeout(3100);
      await page.getByRole("button", { name: "Endorse #weareALE" }).click();
      await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
      const [confirmation] = await mailTo(info.project.name, email);
      const confirmLink = new URL((confirmation.text.match(/https?:\/\/\S+\/endorse\/confirm\?token=\S+/) ?? [""])[0]);
      await page.goto(confirmLink.pathname + confirmLink.search);
      await expect(page.getByRole("alert")).toHaveCount(0);
      // Where a press the database could not save comes back (`&retry=1`): the button, and why again.
      await page.goto(`${confirmLink.pathname}${confirmLink.search}&retry=1`);
      await expect(page.getByRole("alert")).toHaveText(/could not be saved just now.*Your link still works/);
      // The form's campaign-email box was left empty: confirming offers it once more.
      await page.getByRole("button", { name: "Confirm and receive campaign updates" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Thank you: your endorsement is confirmed");

      await page.goto("/en/endorse/manage");
      await page.getByLabel("Email address").fill(email);
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("status")).toContainText("If an endorsement uses this address");
      // Asking for an unknown address gives the same answer and sends nothing.
      await page.goto("/en/endorse/manage");
      await page.getByLabel("Email address").fill(`nobody.${stamp}@example.org`);
      await page.getByRole("button", { name: "Send me a link" }).click();
      await expect(page.getByRole("status")).toContainText("If an endorsement uses this address");

      const [manageMail] = await mailTo(info.project.name, email, (mail) =>
        mail.subject.startsWith("Your link to manage"),
      );
      const link = new URL((manageMail.text.match(/https?:\/\/\S+\/api\/manage\?token=\S+/) ?? [""])[0]);
      await page.goto(link.pathname + link.search);
      await expect(page).toHaveURL(/\/en\/endorse\/manage$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await expect(page.getByLabel("Email address")).toHaveValue(email);
      await expect(page.getByLabel(/Send me news from the campaign/)).toBeChecked();

      await page.locator("#statement").fill("We changed our statement.");
      await page.getByRole("button", { name: "Save changes" }).click();
      await expect(page.getByRole("heading", { name: "Changes saved" })).toBeVisible();

      await page.goto("/en/endorse/manage");
      await expect(page.locator("#statement")).toHaveValue("We changed our statement.");
      await expect(page.getByText("Status: waiting for review by the campaign team")).toBeVisible();
      await page.getByRole("button", { name: "Withdraw the endorsement" }).click();
      await expect(page.getByRole("status")).toHaveText("The endorsement is withdrawn from the wall.");
      await expect(page.getByText("Status: withdrawn from the wall")).toBeVisible();
      await page.getByRole("button", { name: "Erase everything" }).click();
      // The box must be ticked first: nothing is erased.
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
      await page.getByLabel("I understand that everything will be deleted.").check();
      await page.getByRole("button", { name: "Erase everything" }).click();
      await expect(page.getByRole("status")).toHaveText(
        "Everything is erased. Thank you for having been part of #weareALE.",
      );
      // The used link does not work twice.
      await page.goto(link.pathname + link.search);
      await expect(page.locator("main [role=alert]")).toContainText("This link has expired or was already used");
    });
  });
}

test("with JavaScript, a logo that is too large stops the submission until it is replaced or removed", async ({
  page,
}) => {
  const stamp = `${Date.now()}biglogo`;
  const name = `Big Logo Learners ${stamp}`;
  const email = `efua.${stamp}@learners.example.org`;
  await page.goto("/en/endorse");
  await fillForm(page, name, email);
  await expect(page.getByText("Logo received.")).toBeVisible();
  await page.locator("#logo").setInputFiles({
    name: "huge.png",
    mimeType: "image/png",
    buffer: Buffer.alloc(5 * 1024 * 1024, 1),
  });
  const logoError = page.locator("#logo-error");
  await expect(logoError).toContainText("This image is too large");
  await page.waitForTimeout(3100);
  await page.getByRole("button", { name: "Endorse #weareALE" }).click();
  // Nothing is sent: the summary names the logo and the logo field has the focus.
  const summary = page.locator("form [role=alert]");
  await expect(summary).toContainText("Logo: This image is too large");
  await expect(page.locator("#logo")).toBeFocused();
  await page.waitForTimeout(500);
  await expect(page.getByRole("heading", { name: "Check your email" })).toHaveCount(0);
  await expect(page.getByLabel("Name of the organisation")).toHaveValue(name);

  // The person may go on without a logo, deliberately.
  await page.getByRole("button", { name: "Remove this file and send without a logo" }).click();
  await expect(logoError).toHaveCount(0);
  await page.getByRole("button", { name: "Endorse #weareALE" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a 5 MB logo is refused by the form, which keeps everything typed", async ({ page }) => {
    const stamp = `${Date.now()}nojsbiglogo`;
    const name = `Big Logo Learners ${stamp}`;
    const email = `ama.${stamp}@learners.example.org`;
    await page.goto("/en/endorse");
    await fillForm(page, name, email);
    await page.locator("#logo").setInputFiles({
      name: "huge.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(5 * 1024 * 1024, 1),
    });
    await page.waitForTimeout(3100);
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.getByRole("button", { name: "Endorse #weareALE" }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await expect(page.locator("form [role=alert]")).toContainText("Logo: This image is too large");
    await expect(page.getByLabel("Name of the organisation")).toHaveValue(name);
    await expect(page.getByLabel("Email address")).toHaveValue(email);
    await expect(page.locator("#city")).toHaveValue("Tamale");
    await expect(page.locator("#statement")).toHaveValue("Workers learn for life.");
    await expect(page.getByLabel(/^4\. At the local level/)).toBeChecked();
    await expect(page.getByRole("heading", { name: "Check your email" })).toHaveCount(0);
  });

  test("a form over the 10 MB body limit gets a translated page, and Back returns to what was typed", async ({
    page,
  }) => {
    const stamp = `${Date.now()}nojshugeform`;
    const name = `Huge Form Learners ${stamp}`;
    await page.goto("/fr/endorse");
    await page.locator("#name").fill(name);
    await page.locator("#city").fill("Tamale");
    await page.locator("#statement").fill("Les travailleurs apprennent toute leur vie.");
    await page.locator("#logo").setInputFiles({
      name: "poster.png",
      mimeType: "image/png",
      buffer: Buffer.alloc(11 * 1024 * 1024, 1),
    });
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.request().method() === "POST"),
      page.locator("form button[type=submit]").last().click(),
    ]);
    expect(answer.status()).toBe(413);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Ce formulaire est trop volumineux pour être envoyé",
    );
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.goBack();
    await expect(page.locator("#name")).toHaveValue(name);
    await expect(page.locator("#city")).toHaveValue("Tamale");
    await expect(page.locator("#statement")).toHaveValue("Les travailleurs apprennent toute leur vie.");
  });
});

test("no contact person's data appears on any public page or endpoint @smoke", async ({ request }) => {
  // The demo endorsers' contacts are "Demo Contact", contact+N@example.org, role "Coordinator".
  const json = await (await request.get("/api/endorsers/json")).json();
  expect(json.endorsers.length).toBeGreaterThan(200);
  const first = json.endorsers[0].slug as string;
  const urls = [
    "/api/endorsers/json",
    "/api/endorsers/csv",
    "/en",
    "/en/endorsers",
    "/en/endorsers?region=AFRICA",
    `/en/endorsers/${first}`,
    "/fr/call-to-action",
    "/sitemap.xml",
  ];
  for (const url of urls) {
    const body = await (await request.get(url)).text();
    expect(body, url).not.toMatch(/contact\+\d+@example\.org|Demo Contact|Coordinator/);
  }
  // Tests running alongside change the list: take a CSV read while the JSON stayed the same version
  // (its ETag unchanged before and after), so both are the same list.
  let same: { count: number; csv: string } | undefined;
  for (let attempt = 0; attempt < 20 && !same; attempt++) {
    const listed = await request.get("/api/endorsers/json");
    const table = await request.get("/api/endorsers/csv");
    const after = await request.head("/api/endorsers/json");
    if (listed.headers().etag === after.headers().etag)
      same = { count: (await listed.json()).endorsers.length, csv: await table.text() };
  }
  if (!same) throw new Error("the list changed during each of twenty reads");
  expect(same.csv.split("\n")[0]).toBe(
    "slug,name,acronym,type,countryCode,region,city,website,domainVerified,commitments,started,done,approvedAt,url",
  );
  expect(same.csv.trim().split("\n").length - 1).toBe(same.count);
});

test("open data pages carry an ETag and answer 304 to a client that has them", async ({ request }) => {
  const first = await request.get("/api/endorsers/json");
  const etag = first.headers().etag;
  // One tag per stored encoding of the version (Playwright accepts br and gzip).
  expect(etag).toMatch(/^"[\w-]{32}(-br|-gzip)?"$/);
  expect(first.headers()["cache-control"]).toContain("public, max-age=3");
  for (const known of [etag, `W/${etag}`, `"other", ${etag}`]) {
    const again = await request.get("/api/endorsers/json", { headers: { "If-None-Match": known } });
    expect(again.status(), known).toBe(304);
    expect(await again.body(), known).toHaveLength(0);
  }
  const changed = await request.get("/api/endorsers/json", { headers: { "If-None-Match": '"other"' } });
  expect(changed.status()).toBe(200);
  expect((await changed.json()).endorsers.length).toBeGreaterThan(200);
});

test("an endorser's page offers a share image and share links, but not the endorser's own tools", async ({
  page,
  request,
}) => {
  const json = await (await request.get("/api/endorsers/json")).json();
  const endorser = json.endorsers[0] as { slug: string };
  await page.goto(`/en/endorsers/${endorser.slug}`);
  const image = new URL((await page.locator('meta[property="og:image"]').getAttribute("content")) as string);
  expect(image.pathname).toBe(`/en/endorsers/${endorser.slug}/opengraph-image`);
  expect((await request.get(image.pathname)).headers()["content-type"]).toBe("image/png");
  await expect(page.getByRole("link", { name: "LinkedIn" })).toHaveAttribute("href", /linkedin\.com.*endorsers/);
  // The badge code and the invite link are for the endorser: they are on the manage page, not here.
  await expect(page.getByText("Invite your affiliates")).toHaveCount(0);
  await expect(page.getByText(/\/en\/endorse\?via=/)).toHaveCount(0);
  await expect(page.locator("pre")).toHaveCount(0);
  expect((await request.get("/badge.svg")).headers()["content-type"]).toBe("image/svg+xml");
});

test("an approved endorser finds the badge code and an invite link that counts on the manage page", async ({
  page,
  browser,
}, info) => {
  const stamp = `${Date.now()}badge`;
  const name = `Learning Neighbours ${stamp}`;
  const email = `ama.${stamp}@neighbours.example.org`;
  await approvedAndManaging(page, browser, info.project.name, name, email, async () => {
    await page.locator("#acronym").fill("LN");
    await expect(page.getByText("Logo received.")).toBeVisible();
  });
  await expect(page.getByRole("heading", { name: "Invite your affiliates" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Badge for your website" })).toBeVisible();
  await expect(page.locator("pre")).toContainText('<img src="');
  // The contact wrote from the website's domain (example.org): their own badge says so.
  const badgeSrc = (await page.getByRole("img", { name: "We endorse #weareALE" }).getAttribute("src")) as string;
  expect(badgeSrc).toMatch(/^\/badge\/.+\.svg$/);
  expect(await (await page.request.get(badgeSrc)).text()).toContain("verified domain example.org");
  // Everything held about the endorsement, as a download (the manage session's cookie opens it).
  await expect(page.getByRole("link", { name: "Download my data (JSON)" })).toBeVisible();
  const download = await page.request.get("/api/manage/data?locale=en");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment/);
  const held = await download.json();
  expect(held.endorsement).toMatchObject({
    name,
    contactEmail: email,
    contactName: "Kofi Mensah",
    domainVerified: true,
  });
  expect(held.publicRecord.map((entry: { action: string }) => entry.action)).toEqual(["added"]);
  await expect(page.getByText("No organisation has joined through your invitation yet.")).toBeVisible();
  // The page's other sections and actions are still there.
  await expect(page.getByRole("button", { name: "Save changes" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Withdraw the endorsement" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Erase everything" })).toBeVisible();

  const invite = (await page.getByText(/\/en\/endorse\?via=/).textContent()) as string;
  await page.getByRole("link", { name: "See your organisation's page on the wall" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main header")).toContainText("LN");
  await expect(
    page.getByText("Verified domain: the endorsement was sent from an email address on example.org"),
  ).toBeVisible();
  await expect(page.getByText("Invite your affiliates")).toHaveCount(0);
  await page.goto(new URL(invite).pathname + new URL(invite).search);
  await expect(page.getByText(/You were invited by/)).toBeVisible();
});

test("the wall's map and its table show endorsers per country", async ({ page, request }) => {
  await page.goto("/en/endorsers");
  const svg = await (await request.get("/en/endorsers/map.svg")).text();
  expect(svg).toContain('role="img"');
  expect(svg).toMatch(/<title>Kenya: \d+<\/title>/);
  await page.getByRole("link", { name: "Endorsers per country (table)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Endorsers per country");
  await expect(page.getByRole("table")).toContainText("Kenya");
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag22aa"]).analyze();
  expect(violations).toEqual([]);
});

test("with JavaScript, a filled field is checked when left and its error clears as it is fixed", async ({ page }) => {
  await page.goto("/en/endorse");
  const email = page.getByLabel("Email address");
  await email.fill("kofi-at-example");
  await page.getByLabel("Full name").focus();
  await expect(page.locator("#contactEmail-error")).toHaveText(
    "Please enter an email address, for example name@example.org.",
  );
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAttribute("aria-describedby", /contactEmail-error/);
  await email.fill("kofi@example.org");
  await expect(page.locator("#contactEmail-error")).toHaveCount(0);
  await expect(email).not.toHaveAttribute("aria-invalid");
  // Too short, with the server's own limit in the message; an empty field waits for the submission.
  await page.getByLabel("Name of the organisation").fill("U");
  await email.focus();
  await expect(page.locator("#name-error")).toHaveText("This is too short: please write at least 2 characters.");
  await page.getByLabel("Role in the organisation").focus();
  await email.focus();
  await expect(page.locator("#contactRole-error")).toHaveCount(0);
});
