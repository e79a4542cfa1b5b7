// Creates a staff account (the first admin, or anyone later), or resets one with --reset.
//   npm run admin:create -- --email you@example.org --name "Your Name" [--role moderator] [--reset]
//   npm run admin:create -- --remove-demo     deletes the demo staff accounts (needed before going public)
// The password comes from ADMIN_PASSWORD, or a strong one is generated and printed once.
// With the embedded database, stop the site first (one process at a time; see decision 001).
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { db } from "../lib/db/client.server";
import { createStaffUser } from "../lib/staff/accounts.server";
import { demoStaffEmails } from "../lib/staff/demo-accounts";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "admin" },
    reset: { type: "boolean", default: false },
    "remove-demo": { type: "boolean", default: false },
  },
});

async function main() {
  if (values["remove-demo"]) {
    const { count } = await db().staffUser.deleteMany({ where: { email: { in: demoStaffEmails } } });
    console.log(`Deleted ${count} demo staff account(s).`);
    return;
  }
  if (!values.email || !values.name) {
    throw new Error(
      'Usage: npm run admin:create -- --email you@example.org --name "Your Name" [--role admin|moderator] [--reset]',
    );
  }
  const role = values.role?.toUpperCase();
  if (role !== "ADMIN" && role !== "MODERATOR") throw new Error("--role must be admin or moderator.");
  const generated = !process.env.ADMIN_PASSWORD;
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(15).toString("base64url");
  const user = await createStaffUser(
    { email: values.email, name: values.name, role, password },
    { replace: values.reset },
  );
  console.log(`${values.reset ? "Reset" : "Created"} ${user.role.toLowerCase()} ${user.email}.`);
  if (generated) console.log(`Password (shown once): ${password}`);
  console.log("Sign in at /admin/sign-in, then turn on two-step sign-in under “Account”.");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      /Unique constraint/.test(message) ? "An account with this email exists; add --reset to reset it." : message,
    );
    process.exit(1);
  },
);
