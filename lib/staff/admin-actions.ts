"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { type FormState, valuesOf } from "../admin/form-state";
import { wordErrors } from "../admin/validation";
import { recordAudit } from "../audit/audit.server";
import { adminLanguageChanged, settingsChanged } from "../cache/invalidation.server";
import { fieldErrors } from "../field-errors";
import { verifySigned } from "../security/signing.server";
import { retentionLimits, saveSetting } from "../settings.server";
import {
  accountChanges,
  changeStaffAccount,
  createStaffUser,
  disableTotp,
  enableTotp,
  endAllSessions,
  isCurrentPassword,
  passwordProblem,
  setAdminLocale,
  setPassword,
  staffEmailTaken,
} from "./accounts.server";
import { adminTranslator, isAdminLocale } from "./admin-language";
import { signOut } from "./auth.server";
import { setDailyDigest } from "./digest.server";
import { staffAction } from "./session.server";
import { matchTotp } from "./totp";

// Every export is wrapped by staffAction: the session and role are checked before anything else.

const asText = (value: FormDataEntryValue | null) => (typeof value === "string" ? value : "");

/**
 * Signs out by revoking on the server, not only by dropping the cookie: sessions are stateless JWTs,
 * so a copied cookie would stay valid until it expired. Bumping sessionVersion ends every session of
 * this account (the price of keeping sessions stateless).
 */
export const signOutAction = staffAction(
  "MODERATOR",
  async (staff) => {
    await endAllSessions(staff.id);
    await signOut({ redirectTo: "/admin/sign-in" });
  },
  { totpSetup: true },
);

/** Ends every session of this account on every device (their cookies stop matching sessionVersion). */
export const signOutEverywhereAction = staffAction(
  "MODERATOR",
  async (staff) => {
    await endAllSessions(staff.id);
    await recordAudit({ actor: staff, action: "staff.signOutEverywhere", entityType: "StaffUser", entityId: staff.id });
    await signOut({ redirectTo: "/admin/sign-in" });
  },
  { totpSetup: true },
);

export const changePasswordAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const values = { ...valuesOf(form), current: "", password: "", confirm: "" };
    const t = adminTranslator(staff.adminLocale);
    const password = asText(form.get("password"));
    if (!(await isCurrentPassword(staff.id, asText(form.get("current")))))
      return { values, errors: { current: t("Errors.notYourPassword") } };
    const problem = passwordProblem(password);
    if (problem) return { values, errors: wordErrors(t, { password: problem }) };
    if (password !== asText(form.get("confirm"))) return { values, errors: { confirm: t("Errors.passwordsDiffer") } };
    // Other devices are signed out; this one signs in again with the new password.
    await setPassword(staff.id, password);
    await recordAudit({ actor: staff, action: "staff.changePassword", entityType: "StaffUser", entityId: staff.id });
    await signOut({ redirectTo: "/admin/sign-in?changed=1" });
    return { values: {}, errors: {} };
  },
  { totpSetup: true },
);

/** Security-sensitive: asks for the password again, so an unattended session cannot bind its own app. */
export const enableTotpAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const values = { ...valuesOf(form), passwordCheck: "" };
    const t = adminTranslator(staff.adminLocale);
    const secret = verifySigned(`totp-setup:${staff.id}`, form.get("secret"));
    if (!secret) return { values: {}, errors: { code: t("Errors.totpExpired") } };
    if (!(await isCurrentPassword(staff.id, asText(form.get("passwordCheck")))))
      return { values, errors: { passwordCheck: t("Errors.notYourPassword") } };
    const step = matchTotp(secret, asText(form.get("code")), null);
    if (step === null) return { values, errors: { code: t("Errors.totpWrong") } };
    await enableTotp(staff.id, secret, step);
    await recordAudit({
      actor: staff,
      action: "staff.enableTotp",
      entityType: "StaffUser",
      entityId: staff.id,
      before: { totp: false },
      after: { totp: true },
    });
    redirect("/admin/account?done=totp-on");
  },
  { totpSetup: true },
);

export const disableTotpAction = staffAction(
  "MODERATOR",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    if (!(await isCurrentPassword(staff.id, asText(form.get("current")))))
      return { values: {}, errors: { current: adminTranslator(staff.adminLocale)("Errors.notYourPassword") } };
    await disableTotp(staff.id);
    await recordAudit({
      actor: staff,
      action: "staff.disableTotp",
      entityType: "StaffUser",
      entityId: staff.id,
      before: { totp: true },
      after: { totp: false },
    });
    redirect("/admin/account?done=totp-off");
  },
  { totpSetup: true },
);

const newStaffSchema = z.object({
  name: z.string().trim().min(2, "Errors.staff.name").max(120, "Errors.tooLong:120"),
  email: z.string().trim().toLowerCase().max(254).email("Errors.staff.email"),
  role: z.enum(["ADMIN", "MODERATOR"], { error: "Errors.staff.role" }),
  password: z.string(),
});

export const createStaffAction = staffAction(
  "ADMIN",
  async (staff, _previous: FormState, form: FormData): Promise<FormState> => {
    const values = { ...valuesOf(form), password: "" };
    const t = adminTranslator(staff.adminLocale);
    const parsed = newStaffSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { values, errors: wordErrors(t, fieldErrors(parsed.error)) };
    const problem = passwordProblem(parsed.data.password);
    if (problem) return { values, errors: wordErrors(t, { password: problem }) };
    if (await staffEmailTaken(parsed.data.email)) return { values, errors: { email: t("Errors.staff.emailTaken") } };
    const created = await createStaffUser(parsed.data);
    await recordAudit({
      actor: staff,
      action: "staff.create",
      entityType: "StaffUser",
      entityId: created.id,
      after: { email: created.email, name: created.name, role: created.role },
    });
    redirect("/admin/staff?done=created");
  },
);

/** Role changes and disabling end the account's sessions; an admin cannot lock themselves out. */
export const updateStaffAction = staffAction("ADMIN", async (staff, form: FormData) => {
  const id = asText(form.get("id"));
  const change = asText(form.get("change"));
  if (id === staff.id) redirect("/admin/staff?error=self");
  const known = accountChanges.find((candidate) => candidate === change);
  if (!known) redirect("/admin/staff");
  const changed = await changeStaffAccount(id, known);
  if (!changed) redirect("/admin/staff?error=self");
  const { before, after } = changed;
  await recordAudit({ actor: staff, action: `staff.${change}`, entityType: "StaffUser", entityId: id, before, after });
  redirect("/admin/staff?done=updated");
});

/** A whole number of days within the allowed range, or null. */
function retentionDays(form: FormData, key: keyof typeof retentionLimits): number | null {
  const value = Number(asText(form.get(key)));
  const [min, max] = retentionLimits[key];
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

/** Security-sensitive (it can drop the second-factor requirement): asks for the password again. */
export const saveSettingsAction = staffAction("ADMIN", async (staff, form: FormData) => {
  if (!(await isCurrentPassword(staff.id, asText(form.get("current"))))) redirect("/admin/settings?error=password");
  const requireAdminTotp = form.get("requireAdminTotp") === "on";
  const retention = {
    unconfirmedDays: retentionDays(form, "unconfirmedDays"),
    closedContactDays: retentionDays(form, "closedContactDays"),
  };
  if (retention.unconfirmedDays === null || retention.closedContactDays === null)
    redirect("/admin/settings?error=retention");
  await saveSetting("requireAdminTotp", requireAdminTotp);
  await saveSetting("unconfirmedDays", retention.unconfirmedDays);
  await saveSetting("closedContactDays", retention.closedContactDays);
  await recordAudit({
    actor: staff,
    action: "settings.save",
    entityType: "Setting",
    after: { requireAdminTotp, ...retention },
  });
  await settingsChanged();
  redirect("/admin/settings?done=saved");
});

/** Each staff member opts in or out of the daily digest of what waits for review, for themselves only. */
export const dailyDigestAction = staffAction(
  "MODERATOR",
  async (staff, form: FormData) => {
    const on = form.get("dailyDigest") === "on";
    await setDailyDigest(staff.id, on);
    await recordAudit({
      actor: staff,
      action: "staff.dailyDigest",
      entityType: "StaffUser",
      entityId: staff.id,
      after: { dailyDigest: on },
    });
    redirect(`/admin/account?done=${on ? "digest-on" : "digest-off"}`);
  },
  { totpSetup: true },
);

/** Each staff member's own admin language; anything but a listed language is refused, nothing stored. */
export const setAdminLanguageAction = staffAction(
  "MODERATOR",
  async (staff, form: FormData) => {
    const adminLocale = form.get("adminLocale");
    if (!isAdminLocale(adminLocale)) redirect("/admin/account?error=language#language");
    const before = await setAdminLocale(staff.id, adminLocale);
    await recordAudit({
      actor: staff,
      action: "staff.adminLanguage",
      entityType: "StaffUser",
      entityId: staff.id,
      before: { adminLocale: before },
      after: { adminLocale },
    });
    adminLanguageChanged();
    redirect("/admin/account?done=language#language");
  },
  { totpSetup: true },
);
