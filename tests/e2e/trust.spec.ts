import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { verifyRecord } from "@/lib/public-record/verify";
import { signIn, staffAccounts } from "./support/admin";

test("the open-data page shows the record's head, and the changelog verifies against the open data @smoke", async ({
  page,
  request,
}, info) => {
  await page.goto("/fr/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Données ouvertes");
  await expect(page.getByTestId("daily-head")).toContainText("(UTC)");
  const { entries } = await (await request.get("/api/endorsers/changelog")).json();
  await expect(page.getByText(/^Dernière entrée/)).toContainText(entries.length < 1000 ? entries.at(-1).hash : "");
  await page.getByRole("link", { name: "Journal des modifications de la liste publique (JSON)" }).click();
  await expect(page).toHaveURL(/\/api\/endorsers\/changelog$/);

  const site = info.project.use.baseURL as string;
  const verdict = await verifyRecord(site);
  expect(verdict).toMatchObject({ ok: true });
  expect(verdict.ok && verdict.listed).toBeGreaterThan(200);
  // A malformed page number is a clear 400, not a server error.
  const bad = await request.get("/api/endorsers/changelog?after=abc");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toMatch(/after must be/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the open-data page's links download the whole list as valid JSON and CSV, in the same order", async ({
    page,
  }) => {
    await page.goto("/en/open-data");
    await expect(page.getByText("Each file holds the whole list in one download")).toBeVisible();
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
      return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
    };
    const json = await download("All endorsers as JSON");
    expect(json.name).toBe("we-are-ale-endorsers.json");
    const list = JSON.parse(json.text) as { endorsers: { slug: string; url: string }[]; next: null; licence: string };
    expect(list.next).toBeNull();
    expect(list.licence).toBe("CC BY 4.0");
    expect(list.endorsers.length).toBeGreaterThan(200);
    expect(list.endorsers[0].url).toMatch(/\/en\/endorsers\//);

    const csv = await download("All endorsers as CSV (for spreadsheets)");
    expect(csv.name).toBe("we-are-ale-endorsers.csv");
    const [header, ...rows] = csv.text.trimEnd().split("\n");
    expect(header).toBe(
      "slug,name,acronym,type,countryCode,region,city,website,domainVerified,commitments,started,done,approvedAt,url",
    );
    expect(rows.map((row) => row.slice(1, row.indexOf('"', 1)))).toEqual(list.endorsers.map((e) => e.slug));
  });
});

test("the wall marks endorsers whose domain is verified, and open data says which", async ({ page, request }) => {
  const json = await (await request.get("/api/endorsers/json")).json();
  const verified = (json.endorsers as { name: string; domainVerified: boolean }[]).filter((e) => e.domainVerified);
  await page.goto("/en/endorsers");
  const tiles = page.locator("main ul li a");
  const marked = tiles.filter({ hasText: "✓ Verified domain" });
  expect(await marked.count()).toBeGreaterThan(0);
  expect(await marked.count()).toBeLessThan(await tiles.count());
  for (const tile of await marked.all())
    expect(verified.map((e) => e.name)).toContain(
      ((await tile.locator("span.font-semibold").textContent()) ?? "").trim(),
    );
});

test("the privacy notice states the retention periods in force", async ({ page }) => {
  await page.goto("/en/privacy");
  const retention = page.getByTestId("retention");
  await expect(retention).toContainText("deleted after 30 days");
  await expect(retention).toContainText("erased 90 days later");
  await page.goto("/ar/privacy");
  await expect(page.getByTestId("retention")).toContainText("بعد 30 يومًا");
});

test("a moderator sees why a domain is not verified, and puts the endorsement on hold", async ({ page, request }) => {
  const json = await (await request.get("/api/endorsers/json")).json();
  const unverified = (json.endorsers as { name: string; website: string; domainVerified: boolean }[]).find(
    (e) => !e.domainVerified,
  );
  if (!unverified) throw new Error("the demo data has unverified endorsers");
  await signIn(page, "moderator");
  await page.goto(`/admin/endorsements?status=APPROVED&q=${encodeURIComponent(new URL(unverified.website).hostname)}`);
  await page.getByRole("link", { name: unverified.name }).click();
  await expect(page.getByTestId("domain-check")).toHaveText(
    "Not verified: the contact writes from example.org, the website is on example.net.",
  );
  await expect(page.getByRole("heading", { name: "Possible duplicates" })).toBeVisible();
  await page.getByRole("button", { name: "Put on hold" }).click();
  await expect(page.getByTestId("retention-state")).toContainText("On hold");
  await page.getByRole("button", { name: "Release the hold" }).click();
  await expect(page.getByTestId("retention-state")).toHaveText("The retention periods in Settings apply.");
});

test("an admin changes a retention period; the server checks it and the privacy notice follows", async ({ page }) => {
  await signIn(page, "admin");
  const save = async (days: string) => {
    await page.goto("/admin/settings");
    await page.getByLabel(/^Erase the contact details/).fill(days);
    await page.getByLabel("Your password").fill(staffAccounts.admin.password);
    // The browser's own range check is switched off: the server must refuse on its own.
    const form = page.locator("form", { has: page.getByRole("button", { name: "Save settings" }) });
    await form.evaluate((element: HTMLFormElement) => {
      element.noValidate = true;
    });
    await page.getByRole("button", { name: "Save settings" }).click();
  };
  await save("5");
  await expect(page.locator("main").getByRole("alert")).toContainText("each retention period must be a whole number");
  await save("120");
  await expect(page.getByText("Settings saved.")).toBeVisible();
  await page.goto("/en/privacy");
  await expect(page.getByTestId("retention")).toContainText("erased 120 days later");
  await save("90");
  await expect(page.getByText("Settings saved.")).toBeVisible();
});
