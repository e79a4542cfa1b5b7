import "server-only";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
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
  /**
   * `<key id>:<32 bytes base64 or hex>`: encrypts contact data at rest (docs/decisions/027). Generated
   * into DATA_DIR for the embedded database when unset; required with DATABASE_URL.
   */
  DATA_KEY: z.string().optional(),
  /** Comma-separated old `<key id>:<key>` values, still able to decrypt until `npm run data:reencrypt`. */
  DATA_OLD_KEYS: z.string().optional(),
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
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (nginx = 1, a CDN in
   * front of nginx = 2). 0: no proxy, the client's address is the socket's.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** 1: load demo endorsements and demo staff into an empty database; 0: never. Unset: only with PGlite. */
  SEED_DEMO: z.enum(["0", "1"]).optional(),
  /** Days an endorsement may wait for review before it is overdue (dashboard, reminder email, digest). */
  REVIEW_OVERDUE_DAYS: z.coerce.number().int().min(1).max(365).default(5),
  /** How many campaign-update emails the queue sends per minute (a mail provider's sending limit). */
  CAMPAIGN_MAILS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(60),
  /** Days after approval (or the last yes) before an endorser is asked "Do you still endorse #weareALE?". */
  RECONFIRM_AFTER_DAYS: z.coerce.number().int().min(30).max(3650).default(365),
  /** Days the endorser has to answer before the endorsement lapses. */
  RECONFIRM_ANSWER_DAYS: z.coerce.number().int().min(7).max(365).default(60),
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

/**
 * Demo mode: the quick start's embedded database (unless SEED_DEMO=0), or SEED_DEMO=1. Only then are
 * demo data and demo staff loaded and live email links printed to the log.
 */
export function isDemoMode(source: { DATABASE_URL?: string; SEED_DEMO?: "0" | "1" }): boolean {
  return source.SEED_DEMO === "1" || (source.SEED_DEMO !== "0" && !source.DATABASE_URL);
}

/**
 * Creates a folder only the service user can read (contact data, password hashes, secrets). An
 * existing folder is tightened only when this user owns it and it is not a shared sticky one (/tmp).
 */
export function privateDir(dir: string) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = statSync(dir);
  if (stat.uid === process.getuid?.() && !(stat.mode & 0o1000)) chmodSync(dir, 0o700);
}

/**
 * Makes everything under `dir` private (folders 0700, files 0600). PGlite writes its files 0666
 * whatever the umask, so the embedded database is tightened after it opens.
 */
export function makePrivate(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) chmodSync(file, 0o700);
    else if (entry.isFile()) chmodSync(file, 0o600);
  }
  chmodSync(dir, 0o700);
}

function persistedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  privateDir(dataDir);
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
  privateDir(dataDir);
  cached = {
    ...parsed,
    DATA_DIR: dataDir,
    PGLITE_DIR: path.join(dataDir, "pglite"),
    AUTH_SECRET: parsed.AUTH_SECRET ?? persistedSecret(dataDir),
  };
  return cached;
}
