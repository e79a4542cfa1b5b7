import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.server";

describe("parseEnv", () => {
  it("fills in the defaults when nothing is set", () => {
    expect(parseEnv({})).toEqual({
      NODE_ENV: "development",
      DATA_DIR: path.join(process.cwd(), "data"),
      SITE_URL: "http://localhost:3000",
      MAIL_FROM: "We are ALE <no-reply@we-are-ale.org>",
      CONTACT_EMAIL: "info@we-are-ale.org",
      STORAGE_DRIVER: "database",
      DATABASE_POOL_SIZE: 10,
      TRUST_PROXY: 0,
      REVIEW_OVERDUE_DAYS: 5,
      CAMPAIGN_MAILS_PER_MINUTE: 60,
      RECONFIRM_AFTER_DAYS: 365,
      RECONFIRM_ANSWER_DAYS: 60,
    });
  });

  it("refuses an overdue period that is not a whole number of days from 1 to 365", () => {
    expect(parseEnv({ REVIEW_OVERDUE_DAYS: "10" }).REVIEW_OVERDUE_DAYS).toBe(10);
    expect(() => parseEnv({ REVIEW_OVERDUE_DAYS: "0" })).toThrow(/REVIEW_OVERDUE_DAYS/);
    expect(() => parseEnv({ REVIEW_OVERDUE_DAYS: "2.5" })).toThrow(/REVIEW_OVERDUE_DAYS/);
  });

  it("reads the variables it knows, coercing numbers, and drops the ones it does not", () => {
    const parsed = parseEnv({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://ale:pw@db:5432/ale",
      SMTP_URL: "smtps://user:pw@mail.example.org:465",
      AUTH_SECRET: "a".repeat(32),
      DATABASE_POOL_SIZE: "25",
      PATH: "/usr/bin",
    });
    expect(parsed).toMatchObject({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://ale:pw@db:5432/ale",
      SMTP_URL: "smtps://user:pw@mail.example.org:465",
      AUTH_SECRET: "a".repeat(32),
      DATABASE_POOL_SIZE: 25,
    });
    expect(parsed).not.toHaveProperty("PATH");
  });

  it("treats an empty variable as unset", () => {
    const parsed = parseEnv({ DATABASE_URL: "", SMTP_URL: "", AUTH_SECRET: "", SITE_URL: "" });
    expect(parsed.DATABASE_URL).toBeUndefined();
    expect(parsed.SMTP_URL).toBeUndefined();
    expect(parsed.AUTH_SECRET).toBeUndefined();
    expect(parsed.SITE_URL).toBe("http://localhost:3000");
  });

  it("names each malformed variable and why, all at once", () => {
    const attempt = () =>
      parseEnv({
        DATABASE_URL: "mysql://root@localhost/ale",
        AUTH_SECRET: "short",
        SMTP_URL: "http://mail.example.org",
        DATABASE_POOL_SIZE: "0",
        NODE_ENV: "staging",
      });
    expect(attempt).toThrow(/^Invalid environment variables:\n/);
    const message = (() => {
      try {
        attempt();
      } catch (error) {
        return (error as Error).message;
      }
      return "";
    })();
    expect(message).toContain("DATABASE_URL: must start with postgres:// or postgresql://");
    expect(message).toContain("AUTH_SECRET: must be at least 32 characters");
    expect(message).toContain("SMTP_URL: must start with smtp:// or smtps://");
    expect(message).toMatch(/DATABASE_POOL_SIZE: .+/);
    expect(message).toMatch(/NODE_ENV: .+/);
    expect(message.split("\n")).toHaveLength(6);
  });

  it("accepts both postgres:// and postgresql://, and refuses a pool over 200", () => {
    expect(parseEnv({ DATABASE_URL: "postgres://db/ale" }).DATABASE_URL).toBe("postgres://db/ale");
    expect(() => parseEnv({ DATABASE_POOL_SIZE: "201" })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ SITE_URL: "not a url" })).toThrow(/SITE_URL/);
  });
});
