import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

// The demo accounts seeded with the demo data (prisma/seed/index.ts).
export const staffAccounts = {
  admin: { email: "admin@example.org", password: "demo-admin-2026" },
  moderator: { email: "moderator@example.org", password: "demo-moderator-2026" },
};

export async function signIn(page: Page, role: keyof typeof staffAccounts) {
  const { email, password } = staffAccounts[role];
  await page.goto("/admin/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Checking a password is deliberately slow (scrypt), and slower still on a loaded CI machine.
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible({ timeout: 15_000 });
}

// Each project's server writes mail to its own outbox (no SMTP_URL in the tests' servers).
export function outboxFor(projectName: string) {
  return path.resolve(projectName === "chromium-postgres" ? ".tmp/e2e-data-pg/outbox" : ".tmp/e2e-data/outbox");
}

export type OutboxMail = { to: string; subject: string; text: string; locale: string };

/** The mails to an address, waiting up to 10 s for the queue to deliver them. */
export async function mailTo(projectName: string, address: string, match: (mail: OutboxMail) => boolean = () => true) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const dir = outboxFor(projectName);
    let files: string[] = [];
    try {
      files = readdirSync(dir);
    } catch {}
    const found = files
      .filter((file) => file.endsWith(".json")) // not one still being written (.part)
      .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as OutboxMail)
      .filter((mail) => mail.to === address && match(mail));
    if (found.length) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No mail to ${address}`);
}
