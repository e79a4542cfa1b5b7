import type { Metadata } from "next";
import QRCode from "qrcode";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { signValue } from "@/lib/security/signing.server";
import {
  changePasswordAction,
  dailyDigestAction,
  disableTotpAction,
  enableTotpAction,
  setAdminLanguageAction,
  signOutEverywhereAction,
} from "@/lib/staff/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { adminLocales } from "@/lib/staff/admin-language";
import { digestHourUtc, wantsDailyDigest } from "@/lib/staff/digest.server";
import { passwordRules } from "@/lib/staff/passwords.server";
import { requireStaff } from "@/lib/staff/session.server";
import { newTotpSecret, otpauthUri } from "@/lib/staff/totp";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Account.title") };
}
export const dynamic = "force-dynamic";

export default async function AccountPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR", { totpSetup: true });
  const { t } = await adminTranslations();
  const notices = {
    "totp-on": t("Account.notices.totpOn"),
    "totp-off": t("Account.notices.totpOff"),
    "digest-on": t("Account.notices.digestOn"),
    "digest-off": t("Account.notices.digestOff"),
    language: t("Account.notices.language"),
    "error:language": t("Account.notices.languageError"),
  };
  const params = await searchParams;
  const digest = await wantsDailyDigest(staff.id);
  const secret = staff.hasTotp ? null : newTotpSecret();
  const qr = secret ? await QRCode.toString(otpauthUri(secret, staff.email), { type: "svg", margin: 1 }) : "";
  return (
    <div className="grid max-w-3xl gap-8">
      <h1 className="text-2xl font-bold">{t("Account.title")}</h1>
      {params.totp === "required" && !staff.hasTotp && (
        <p role="alert" className="rounded border border-amber-700 bg-amber-50 p-3">
          {t("Account.totpRequired")}
        </p>
      )}
      <Notice params={params} texts={notices} />
      <p>{t("Account.signedInAs", { name: staff.name, email: staff.email, role: t(`Header.roles.${staff.role}`) })}</p>

      <section aria-labelledby="language" className="grid gap-3">
        <h2 id="language" className="text-lg font-semibold">
          {t("Account.language.title")}
        </h2>
        <p>{t("Account.language.text")}</p>
        <form action={setAdminLanguageAction} className="flex flex-wrap items-end gap-3">
          <label className="grid gap-1">
            <span className="font-medium">{t("Account.language.label")}</span>
            <select
              name="adminLocale"
              defaultValue={staff.adminLocale}
              className="rounded border border-neutral-500 p-2"
            >
              {adminLocales.map((locale) => (
                <option key={locale} value={locale} lang={locale}>
                  {t(`languageNames.${locale}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="admin-button">
            {t("Account.language.submit")}
          </button>
        </form>
      </section>

      <section aria-labelledby="totp" className="grid gap-3">
        <h2 id="totp" className="text-lg font-semibold">
          {t("Account.totp.title")}
        </h2>
        {secret ? (
          <>
            <p>{t("Account.totp.scan")}</p>
            <div className="flex flex-wrap items-center gap-6">
              <div
                role="img"
                aria-label={t("Account.totp.qrLabel")}
                className="w-48"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG generated on the server from our own data
                dangerouslySetInnerHTML={{ __html: qr }}
              />
              <p>
                {t("Account.totp.key")}{" "}
                <code className="break-all font-mono" data-testid="totp-secret">
                  {secret}
                </code>
              </p>
            </div>
            <EditorForm
              action={enableTotpAction}
              hidden={{ secret: signValue(`totp-setup:${staff.id}`, secret) }}
              submitLabel={t("Account.totp.turnOn")}
              fields={[
                {
                  name: "passwordCheck",
                  label: t("Account.totp.yourPassword"),
                  kind: "password",
                  required: true,
                  autoComplete: "current-password",
                },
                {
                  name: "code",
                  label: t("Account.totp.code"),
                  required: true,
                  autoComplete: "one-time-code",
                  maxLength: 7,
                },
              ]}
            />
          </>
        ) : (
          <>
            <p>{t("Account.totp.on")}</p>
            <EditorForm
              action={disableTotpAction}
              submitLabel={t("Account.totp.turnOff")}
              fields={[
                {
                  name: "current",
                  label: t("Account.totp.yourPassword"),
                  kind: "password",
                  required: true,
                  autoComplete: "current-password",
                },
              ]}
            />
          </>
        )}
      </section>

      <section aria-labelledby="digest" className="grid gap-3">
        <h2 id="digest" className="text-lg font-semibold">
          Daily digest
        </h2>
        <form action={dailyDigestAction} className="grid gap-3">
          <div className="flex items-start gap-2">
            <input
              id="dailyDigest"
              name="dailyDigest"
              type="checkbox"
              defaultChecked={digest}
              className="mt-1 size-5"
            />
            <label htmlFor="dailyDigest">
              Email me every morning (from {String(digestHourUtc).padStart(2, "0")}:00 UTC) what waits for review
              <span className="block text-sm text-neutral-700">Only on days when something waits.</span>
            </label>
          </div>
          <div>
            <button type="submit" className="admin-button-secondary">
              Save digest choice
            </button>
          </div>
        </form>
      </section>

      <section aria-labelledby="password" className="grid gap-3">
        <h2 id="password" className="text-lg font-semibold">
          {t("Account.password.title")}
        </h2>
        <EditorForm
          action={changePasswordAction}
          submitLabel={t("Account.password.submit")}
          fields={[
            {
              name: "current",
              label: t("Account.password.current"),
              kind: "password",
              required: true,
              autoComplete: "current-password",
            },
            {
              name: "password",
              label: t("Account.password.new"),
              kind: "password",
              required: true,
              autoComplete: "new-password",
              hint: t("Account.password.hint", { min: passwordRules.min }),
            },
            {
              name: "confirm",
              label: t("Account.password.again"),
              kind: "password",
              required: true,
              autoComplete: "new-password",
            },
          ]}
        />
      </section>

      <section aria-labelledby="everywhere" className="grid gap-3">
        <h2 id="everywhere" className="text-lg font-semibold">
          {t("Account.everywhere.title")}
        </h2>
        <p>{t("Account.everywhere.text")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className="admin-button-secondary">
            {t("Account.everywhere.submit")}
          </button>
        </form>
      </section>
    </div>
  );
}
