import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { changedFields, recordAudit } from "@/lib/audit/audit.server";
import { useConnection } from "@/lib/db/client.server";
import {
  changeStaffAccount,
  createStaffUser,
  disableTotp,
  enableTotp,
  endAllSessions,
  isCurrentPassword,
  listStaff,
  setAdminLocale,
  setPassword,
  staffEmailTaken,
} from "@/lib/staff/accounts.server";
import { checkCredentials, loginLimits } from "@/lib/staff/credentials.server";
import { hashPassword, verifyPassword } from "@/lib/staff/passwords.server";
import { newTotpSecret, totpCode } from "@/lib/staff/totp";
import { openTestDatabase, testDatabaseKind } from "./support/database";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let n = 0;
const password = "correct horse battery staple";

async function staff(role: "ADMIN" | "MODERATOR" = "MODERATOR") {
  n++;
  return createStaffUser({ email: `Staff${n}@Example.org`, name: `Staff ${n}`, role, password });
}

/**
 * The limits count in fixed 15-minute windows: a test whose attempts straddled a window's end saw
 * its count start again (seen once, a run at 02:44:55). Its clock stands still a minute into one.
 */
function inOneWindow() {
  const window = loginLimits.windowSeconds * 1000;
  vi.useFakeTimers({ toFake: ["Date"], now: Math.floor(Date.now() / window) * window + 60_000 });
}

describe(`staff sign-in on ${testDatabaseKind}`, () => {
  beforeAll(async () => {
    database = await openTestDatabase();
    useConnection(database);
  });
  afterAll(async () => {
    await database?.close();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("stores only a salted scrypt hash and verifies it", async () => {
    const hash = await hashPassword("secret passphrase");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(hash).not.toBe(await hashPassword("secret passphrase"));
    expect(await verifyPassword("secret passphrase", hash)).toBe(true);
    expect(await verifyPassword("secret passphrasE", hash)).toBe(false);
    const user = await staff();
    expect(user).not.toHaveProperty("passwordHash"); // secrets are left out unless a query asks for them
    expect(user).not.toHaveProperty("totpSecret");
    const { passwordHash } = await database.prisma.staffUser.findUniqueOrThrow({
      where: { id: user.id },
      omit: { passwordHash: false },
    });
    expect(passwordHash).toMatch(/^scrypt\$/);
    expect(passwordHash).not.toContain(password);
    expect(await verifyPassword(password, passwordHash)).toBe(true);
  });

  it("answers the same for an unknown email and a wrong password, and signs in with the right one", async () => {
    const user = await staff();
    const ip = `203.0.113.${n}`;
    expect(await checkCredentials({ email: "nobody@example.org", password, ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials({ email: user.email, password: "wrong", ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials({ email: { $ne: 1 }, password: ["x"], ip })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const result = await checkCredentials({ email: ` ${user.email.toUpperCase()} `, password, ip });
    expect(result).toMatchObject({ ok: true, staff: { id: user.id, role: "MODERATOR" } });
  });

  it("locks an account from one address after repeated failures, even against the right password, and only there", async () => {
    inOneWindow();
    const user = await staff();
    const other = await staff();
    const ip = "198.51.100.1";
    for (let i = 0; i < loginLimits.perAccountAndIp; i++) {
      expect((await checkCredentials({ email: user.email, password: `wrong${i}`, ip })).ok).toBe(false);
    }
    expect(await checkCredentials({ email: user.email, password, ip })).toEqual({ ok: false, reason: "locked" });
    expect((await checkCredentials({ email: other.email, password, ip })).ok).toBe(true);
    // A stranger's failures elsewhere do not lock the owner out from their own address.
    expect((await checkCredentials({ email: user.email, password, ip: "198.51.100.2" })).ok).toBe(true);
    // The lock is the current window's: an old window does not count.
    await database.prisma.rateLimitBucket.updateMany({
      where: { key: { startsWith: `staff-login:account-ip:${user.email}|` } },
      data: { windowStart: new Date(Date.now() - 3600_000) },
    });
    expect((await checkCredentials({ email: user.email, password, ip })).ok).toBe(true);
  });

  it("counts each attempt before checking the password: 50 parallel wrong attempts get at most the limit's answers", async () => {
    inOneWindow();
    const user = await staff();
    const ip = "198.51.100.50";
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => checkCredentials({ email: user.email, password: `wrong${i}`, ip })),
    );
    const invalid = results.filter((result) => !result.ok && result.reason === "invalid").length;
    expect(invalid).toBeLessThanOrEqual(loginLimits.perAccountAndIp);
    expect(results.every((result) => !result.ok)).toBe(true);
    expect(await checkCredentials({ email: user.email, password, ip })).toEqual({ ok: false, reason: "locked" });
  });

  it("does not count successful sign-ins against the limit", async () => {
    inOneWindow();
    const user = await staff();
    const ip = "198.51.100.60";
    for (let i = 0; i < loginLimits.perAccountAndIp + 2; i++)
      expect((await checkCredentials({ email: user.email, password, ip })).ok).toBe(true);
  });

  it("locks an address that tries many accounts", async () => {
    inOneWindow();
    const ip = "192.0.2.200";
    for (let i = 0; i < loginLimits.perIp; i++)
      await checkCredentials({ email: `guess${i}@example.org`, password, ip });
    const user = await staff();
    expect(await checkCredentials({ email: user.email, password, ip })).toEqual({ ok: false, reason: "locked" });
  });

  it("asks for the TOTP code once two-step sign-in is on, and refuses a replayed code", async () => {
    const user = await staff("ADMIN");
    const secret = newTotpSecret();
    await database.prisma.staffUser.update({ where: { id: user.id }, data: { totpSecret: secret } });
    const ip = "192.0.2.201";
    expect(await checkCredentials({ email: user.email, password, ip })).toEqual({ ok: false, reason: "invalid" });
    const code = totpCode(secret);
    expect((await checkCredentials({ email: user.email, password, code, ip })).ok).toBe(true);
    expect(await checkCredentials({ email: user.email, password, code, ip })).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses a disabled account", async () => {
    const user = await staff();
    await database.prisma.staffUser.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect((await checkCredentials({ email: user.email, password, ip: "192.0.2.202" })).ok).toBe(false);
  });

  it("changes an account's password, second factor, role and access, each ending its sessions", async () => {
    const user = await staff();
    const version = async () =>
      (await database.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion;
    expect(await isCurrentPassword(user.id, password)).toBe(true);
    expect(await isCurrentPassword(user.id, `${password}!`)).toBe(false);
    expect(await isCurrentPassword("nosuchaccount0000000000", password)).toBe(false);
    expect(await staffEmailTaken(` ${user.email.toUpperCase()} `)).toBe(true);
    expect(await staffEmailTaken("nobody@example.org")).toBe(false);

    await setPassword(user.id, "a different long passphrase");
    expect(await isCurrentPassword(user.id, password)).toBe(false);
    expect(await isCurrentPassword(user.id, "a different long passphrase")).toBe(true);
    expect(await version()).toBe(1);
    await endAllSessions(user.id);
    expect(await version()).toBe(2);

    const secret = newTotpSecret();
    await enableTotp(user.id, secret, 42);
    // Left out by default, there when asked for by name.
    expect(await database.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } })).not.toHaveProperty(
      "totpSecret",
    );
    expect(
      await database.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id }, omit: { totpSecret: false } }),
    ).toMatchObject({ totpSecret: secret, totpLastStep: 42 });
    const listed = (await listStaff()).find((account) => account.id === user.id);
    expect(listed).toMatchObject({ hasTotp: true });
    expect(listed).not.toHaveProperty("totpSecret");
    await disableTotp(user.id);
    expect(
      await database.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id }, omit: { totpSecret: false } }),
    ).toMatchObject({ totpSecret: null, totpLastStep: null });
    expect((await listStaff()).find((account) => account.id === user.id)?.hasTotp).toBe(false);

    expect(await changeStaffAccount(user.id, "makeAdmin")).toEqual({
      before: { role: "MODERATOR", disabledAt: null },
      after: { role: "ADMIN", disabledAt: null },
    });
    const disabled = await changeStaffAccount(user.id, "disable");
    expect(disabled?.after.disabledAt).toBeInstanceOf(Date);
    expect(await version()).toBe(4);
    expect(
      await checkCredentials({ email: user.email, password: "a different long passphrase", ip: "192.0.2.203" }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect((await changeStaffAccount(user.id, "enable"))?.after).toEqual({ role: "ADMIN", disabledAt: null });
    expect(await changeStaffAccount("nosuchaccount0000000000", "disable")).toBeNull();
  });

  it("records only the changed fields in the audit log", async () => {
    const user = await staff("ADMIN");
    expect(changedFields({ a: 1, b: "x", updatedAt: 1 }, { a: 2, b: "x", updatedAt: 2 })).toEqual({
      before: { a: 1 },
      after: { a: 2 },
    });
    await recordAudit({
      actor: user,
      action: "partner.update",
      entityType: "Partner",
      entityId: "p1",
      before: { url: null, name: "Same", at: new Date(0) },
      after: { url: "https://x.example.org", name: "Same", at: new Date(0) },
    });
    const entry = await database.prisma.auditEntry.findFirstOrThrow({ where: { entityId: "p1" } });
    expect(entry).toMatchObject({
      actorId: user.id,
      actorEmail: user.email,
      before: { url: null },
      after: { url: "https://x.example.org" },
    });
  });

  it("stores each staff member's admin language on their own account, English by default", async () => {
    const first = await staff();
    const second = await staff();
    const stored = async (id: string) =>
      (await database.prisma.staffUser.findUniqueOrThrow({ where: { id }, select: { adminLocale: true } })).adminLocale;
    expect(await stored(first.id)).toBe("en");
    expect(await setAdminLocale(first.id, "fr")).toBe("en");
    expect(await setAdminLocale(first.id, "es")).toBe("fr");
    expect(await stored(first.id)).toBe("es");
    expect(await stored(second.id)).toBe("en");
  });
});
