import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, type Page, test } from "@playwright/test";
import { signIn } from "./support/admin";

// The staff admin speaks each staff member's chosen language (decisions 019 and 030). A fresh moderator
// is created for this, so the shared demo accounts stay English for every other test.

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

async function newModerator(page: Page) {
  const email = `moderatrice.${Date.now()}@example.org`;
  const password = "une phrase de passe assez longue";
  await signIn(page, "admin");
  await page.goto("/admin/staff");
  await page.getByLabel("Name").fill("Awa Diallo");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("First password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Account created.")).toBeVisible();
  return { email, password };
}

async function openAs(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

async function chooseLanguage(page: Page, value: "en" | "fr" | "es") {
  await page.goto("/admin/account");
  await page.locator('select[name="adminLocale"]').selectOption(value);
  await page.locator('form:has(select[name="adminLocale"]) button[type="submit"]').click();
  await expect(page.locator("html")).toHaveAttribute("lang", value);
}

test("a moderator who chose French reviews in French, then sees the dashboard in Spanish; English staff still see English", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000); // two sign-ins, three language switches and three axe runs
  const { email, password } = await newModerator(page);

  // Before sign-in the admin follows the browser's language among en, fr and es.
  const { context, page: moderator } = await openAs(browser, "fr-SN");
  await moderator.goto("/admin/sign-in");
  await expect(moderator.locator("html")).toHaveAttribute("lang", "fr");
  await moderator.getByLabel("Adresse électronique").fill(email);
  await moderator.getByLabel("Mot de passe").fill(password);
  await moderator.getByRole("button", { name: "Se connecter" }).click();
  // The account itself is still English until its owner chooses: the browser does not decide after sign-in.
  await expect(moderator.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 15_000 });
  await chooseLanguage(moderator, "fr");

  // The queue.
  await moderator.goto("/admin/endorsements?status=AWAITING_REVIEW");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Soutiens");
  await expect(moderator.getByLabel("Statut")).toHaveValue("AWAITING_REVIEW");
  await expect(moderator.getByRole("option", { name: "En attente d’examen" })).toHaveCount(1);
  await expect(moderator.getByRole("columnheader", { name: "Attente" })).toBeVisible();
  await expect(moderator.getByRole("button", { name: "Approuver la sélection" })).toBeVisible();
  await expect(moderator.locator("tbody tr").first()).toContainText(/\d+ (min|h|jours?)/);
  await expectNoAxeViolations(moderator);

  // A rejection without a reason is refused with a French error, and nothing is decided.
  await moderator.locator("tbody tr td:nth-child(2) a").first().click();
  await expect(moderator.getByRole("heading", { level: 2, name: "Décision" })).toBeVisible();
  await expect(moderator.getByText("En attente d’examen", { exact: true })).toBeVisible();
  await expect(moderator.getByRole("heading", { name: "Historique" })).toBeVisible();
  await expect(moderator.getByText(/ : envoyé$/)).toBeVisible();
  await moderator.getByRole("button", { name: "Refuser et envoyer le motif" }).click();
  await expect(moderator.locator("main").getByRole("alert")).toHaveText(
    "Pour refuser, choisissez un motif (ou rédigez-en un d’au moins 5 caractères).",
  );
  await expect(moderator.getByText("En attente d’examen", { exact: true })).toBeVisible();
  await expect(moderator.locator("html")).toHaveAttribute("lang", "fr");
  await expectNoAxeViolations(moderator);

  // A form's own validation speaks French too, and keeps what was typed.
  await moderator.goto("/admin/news/new");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Rédiger une actualité");
  await moderator.getByLabel("Adresse web (slug)").fill("Pas Un Slug");
  await moderator.getByRole("button", { name: "Créer", exact: true }).click();
  await expect(moderator.locator("main").getByRole("alert")).toHaveText("Veuillez corriger 3 champs ci-dessous.");
  await expect(
    moderator.getByText("Utilisez des lettres minuscules, des chiffres et des traits d’union."),
  ).toBeVisible();
  await expect(
    moderator.getByText("Rédigez la version anglaise : le site l’affiche partout où une traduction manque."),
  ).toBeVisible();
  await expect(moderator.getByLabel("Adresse web (slug)")).toHaveValue("Pas Un Slug");

  // The dashboard in Spanish, numbers and all.
  await chooseLanguage(moderator, "es");
  await moderator.goto("/admin");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Panel");
  await expect(moderator.getByText("Pendientes de revisión", { exact: true })).toBeVisible();
  await expect(moderator.getByRole("heading", { name: "Estadísticas de la campaña" })).toBeVisible();
  await expect(moderator.locator("figcaption", { hasText: "Organizaciones aprobadas por región" })).toBeVisible();
  await expect(moderator.getByText("Tabla de datos: organizaciones aprobadas por tipo")).toBeVisible();
  await expect(moderator.getByText(/^\d+\s%$/).first()).toBeVisible(); // a Spanish percentage: "25 %"
  await expect(moderator.locator("html")).toHaveAttribute("lang", "es");
  await expectNoAxeViolations(moderator);
  await context.close();

  // Someone who kept English sees English on the same pages.
  await page.goto("/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Awaiting review", { exact: true })).toBeVisible();
  await page.goto("/admin/endorsements");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Endorsements");
  await expect(page.getByRole("button", { name: "Approve selected" })).toBeVisible();
});
