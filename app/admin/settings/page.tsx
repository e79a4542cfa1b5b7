import type { Metadata } from "next";
import { Notice } from "@/components/admin/notice";
import { getSettings, retentionLimits, settingDefaults } from "@/lib/settings.server";
import { saveSettingsAction } from "@/lib/staff/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Settings.title") };
}

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("ADMIN");
  const settings = await getSettings();
  const { t } = await adminTranslations();
  return (
    <div className="grid max-w-2xl gap-5">
      <h1 className="text-2xl font-bold">{t("Settings.title")}</h1>
      <Notice
        params={await searchParams}
        texts={{
          saved: t("Settings.notices.saved"),
          "error:password": t("Settings.notices.password"),
          "error:retention": t("Settings.notices.retention"),
        }}
      />
      <form action={saveSettingsAction} className="grid gap-4">
        <div className="flex items-start gap-2">
          <input
            id="requireAdminTotp"
            name="requireAdminTotp"
            type="checkbox"
            defaultChecked={settings.requireAdminTotp}
            className="mt-1 size-5"
          />
          <label htmlFor="requireAdminTotp">
            {t("Settings.requireTotp")}
            <span className="block text-sm text-neutral-700">{t("Settings.requireTotpHint")}</span>
          </label>
        </div>
        <fieldset className="grid gap-3 rounded border border-neutral-300 p-4">
          <legend className="px-1 font-semibold">{t("Settings.retention")}</legend>
          <p className="text-sm text-neutral-700">{t("Settings.retentionHint")}</p>
          {(
            [
              ["unconfirmedDays", t("Settings.unconfirmedDays")],
              ["closedContactDays", t("Settings.closedContactDays")],
            ] as const
          ).map(([key, label]) => (
            <div key={key} className="grid max-w-sm gap-1">
              <label htmlFor={key} className="font-medium">
                {label}
              </label>
              <input
                id={key}
                name={key}
                type="number"
                required
                min={retentionLimits[key][0]}
                max={retentionLimits[key][1]}
                step={1}
                defaultValue={settings[key]}
                aria-describedby={`${key}-range`}
                className="admin-input"
              />
              <span id={`${key}-range`} className="text-sm text-neutral-700">
                {t("Settings.range", {
                  min: retentionLimits[key][0],
                  max: retentionLimits[key][1],
                  default: settingDefaults[key],
                })}
              </span>
            </div>
          ))}
        </fieldset>
        <div className="grid max-w-sm gap-1">
          <label htmlFor="settings-password" className="font-medium">
            {t("Settings.password")}
          </label>
          <input
            id="settings-password"
            name="current"
            type="password"
            required
            autoComplete="current-password"
            className="admin-input"
          />
        </div>
        <div>
          <button type="submit" className="admin-button">
            {t("Settings.submit")}
          </button>
        </div>
      </form>
    </div>
  );
}
