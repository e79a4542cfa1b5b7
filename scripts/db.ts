// Database commands that work without Prisma's downloadable engines (see docs/decisions/002).
//   migrate               apply pending migrations to DATABASE_URL or the embedded database (sealing
//                         plaintext contact data on the way, docs/decisions/027)
//   migration --name X    write the next migration from prisma/schema.prisma
//   check [--schema F]    fail when schema.prisma and the migration history disagree (drift)
//   seed [--demo N]       load the campaign content, and N demo endorsements
//   setup                 migrate, then seed content (and, in demo mode, 300 demo endorsements and the
//                         demo staff into an empty database); refuses a public site with demo staff
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { migrateDatabase } from "../lib/crypto/migrate-sealing.server";
import { dataKeyProblem } from "../lib/crypto/stored-data.server";
import { connect, useConnection as shareConnection } from "../lib/db/client.server";
import { createMigration, migrationFinishedAt, pendingSchemaChanges } from "../lib/db/migrations.server";
import { backfillDomainVerified } from "../lib/endorsements/lifecycle.server";
import { env, isDemoMode } from "../lib/env.server";
import { productionProblem } from "../lib/production-safety.server";
import { startPublicRecord } from "../lib/public-record/record.server";
import { demoStaff, seedCampaignContent, seedDemoEndorsements, seedDemoStaff } from "../prisma/seed/index";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, demo: { type: "string" }, schema: { type: "string" } },
});
const command = positionals[0];

function open() {
  const { DATABASE_URL, PGLITE_DIR } = env();
  console.log(`Database: ${DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite at ${PGLITE_DIR}`}`);
  return connect({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, poolSize: 2 });
}

async function migrate(connection: ReturnType<typeof open>) {
  const { applied, sealed } = await migrateDatabase(connection);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date.");
  if (sealed) console.log(`Contact data sealed: ${sealed.endorsements} endorsements, ${sealed.emails} queued emails.`);
  const problem = await dataKeyProblem(connection.prisma);
  if (problem) throw new Error(problem);
}

async function main() {
  switch (command) {
    case "migration": {
      if (!values.name) throw new Error("Name the migration: npm run db:migration -- --name add_something");
      const folder = await createMigration(values.name);
      console.log(
        folder ? `Created prisma/migrations/${folder}/migration.sql` : "No schema changes: nothing to migrate.",
      );
      return;
    }
    case "check": {
      const sql = await pendingSchemaChanges({ schema: values.schema && readFileSync(values.schema, "utf8") });
      if (sql) {
        console.error("prisma/schema.prisma differs from the migration history. Missing migration:\n");
        console.error(sql);
        console.error("\nCreate it with: npm run db:migration -- --name <what_changed>");
        process.exitCode = 1;
      } else {
        console.log("No drift: schema.prisma and prisma/migrations agree.");
      }
      return;
    }
    case "migrate":
    case "seed":
    case "setup": {
      const connection = open();
      try {
        if (command !== "seed") await migrate(connection);
        if (command === "migrate") return;
        const { partners } = await seedCampaignContent(connection.prisma);
        console.log(`Campaign content loaded (${partners} partners, key messages, call to action, news, events).`);
        // Demo data only in demo mode: the embedded database of the quick start, or SEED_DEMO=1;
        // never by default on PostgreSQL, whose sites are real ones.
        const demoMode = isDemoMode(env());
        const isEmpty = (await connection.prisma.endorsement.count()) === 0;
        const demo =
          values.demo !== undefined ? Number(values.demo) : command === "setup" && isEmpty && demoMode ? 300 : 0;
        if (demo > 0 && env().SEED_DEMO !== "0") {
          const { created } = await seedDemoEndorsements(connection.prisma, demo);
          console.log(`Demo endorsements created: ${created}.`);
          if (demoMode) await seedDemoStaff(connection.prisma);
        }
        const recorded = await startPublicRecord(connection.prisma);
        if (recorded) console.log(`Public record: ${recorded} listed endorsers recorded as existing.`);
        // Endorsements stored before the verified-domain check get it once (decision 027).
        const checkedSince = await migrationFinishedAt(connection.prisma, "20261202051456_domain_verified");
        shareConnection(connection); // the lifecycle reads db()
        const verified = checkedSince ? await backfillDomainVerified(checkedSince) : 0;
        if (verified) console.log(`Verified domain: ${verified} older endorsements marked.`);
        if (await connection.prisma.staffUser.findUnique({ where: { email: demoStaff[0].email } })) {
          console.log("Staff sign-in at /admin with the demo accounts (demo data only; see README):");
          for (const staff of demoStaff)
            console.log(`  ${staff.role.toLowerCase()}: ${staff.email} / ${staff.password}`);
        } else if ((await connection.prisma.staffUser.count()) === 0) {
          console.log('No staff account yet: create one with npm run admin:create -- --email … --name "…"');
        }
        const problem = await productionProblem(env().SITE_URL, connection.prisma);
        if (problem) throw new Error(problem);
      } finally {
        await connection.close();
      }
      return;
    }
    default:
      throw new Error(`Unknown command "${command ?? ""}". Use migrate, migration, check, seed or setup.`);
  }
}

// Exit explicitly: the schema engine's in-memory shadow database keeps the event loop alive.
main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
