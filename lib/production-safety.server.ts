import "server-only";
import { type Database, db } from "./db/client.server";
import { demoStaffEmails } from "./staff/demo-accounts";

/**
 * Why this database must not serve a public site, or null: demo staff accounts, whose passwords are
 * printed in the README, on a site whose SITE_URL is https://.
 */
export async function productionProblem(siteUrl: string, prisma: Database = db()): Promise<string | null> {
  if (!siteUrl.startsWith("https://")) return null;
  const demo = await prisma.staffUser.findMany({ where: { email: { in: demoStaffEmails } }, select: { email: true } });
  if (!demo.length) return null;
  return (
    `Refusing to start: SITE_URL is ${siteUrl} (a public site) but the database has the demo staff ` +
    `account(s) ${demo.map((row) => row.email).join(", ")}, whose passwords are public. Remove them with ` +
    "`npm run admin:create -- --remove-demo` (create your own admin first), or use an http:// SITE_URL to try the demo."
  );
}

/** Stops the server process when productionProblem finds one; a database that is down is checked later. */
export async function checkProductionSafety() {
  const { env } = await import("./env.server");
  let problem: string | null;
  try {
    problem = await productionProblem(env().SITE_URL);
  } catch (error) {
    console.error("[start] could not check for demo accounts:", error instanceof Error ? error.message : error);
    return;
  }
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
