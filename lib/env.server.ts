import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

// npm scripts run from the project root; bundled server code has no import.meta.dirname.
const projectRoot = process.cwd();

const postgresUrl = z
  .string()
  .url()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must start with postgres:// or postgresql://");

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A PostgreSQL server. When absent, the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: postgresUrl.optional(),
  /** Where the embedded database, the mail outbox and generated secrets live. */
  DATA_DIR: z.string().min(1).default(path.join(projectRoot, "data")),
  /** Public origin of the site, used in emails, feeds and share links. */
  SITE_URL: z.string().url().default("http://localhost:3000"),
  /** Signs sessions and email links. Generated into DATA_DIR on first start when unset. */
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** smtp:// or smtps:// URL of a mail server. When absent, mail is written to DATA_DIR/outbox. */
  SMTP_URL: z
    .string()
    .url()
    .refine((value) => /^smtps?:\/\//.test(value), "must start with smtp:// or smtps://")
    .optional(),
  MAIL_FROM: z.string().min(3).default("We are ALE <no-reply@we-are-ale.org>"),
  /** Public contact address shown on the about, privacy and accessibility pages. */
  CONTACT_EMAIL: z.string().email().default("info@we-are-ale.org"),
  /** Where processed images are kept. `database` needs no extra server. */
  STORAGE_DRIVER: z.enum(["database"]).default("database"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
});

export type Env = z.infer<typeof envSchema> & { AUTH_SECRET: string; PGLITE_DIR: string };

/** Parses the given variables; throws an error naming every missing or malformed one. */
export function parseEnv(source: Record<string, string | undefined>): z.infer<typeof envSchema> {
  const blankAsMissing = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = envSchema.safeParse(blankAsMissing);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return result.data;
}

function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

let cached: Env | undefined;

/** The environment, parsed once. */
export function env(): Env {
  if (cached) return cached;
  const parsed = parseEnv(process.env);
  const dataDir = path.resolve(parsed.DATA_DIR);
  cached = {
    ...parsed,
    DATA_DIR: dataDir,
    PGLITE_DIR: path.join(dataDir, "pglite"),
    AUTH_SECRET: parsed.AUTH_SECRET ?? persistedSecret(dataDir),
  };
  return cached;
}
