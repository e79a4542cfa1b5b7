import type { Metadata } from "next";
import { Notice } from "@/components/admin/notice";
import { getSettings, retentionLimits, settingDefaults } from "@/lib/settings.server";
import { saveSettingsAction } from "@/lib/staff/admin-actions";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("ADMIN");
  const settings = await getSettings();
  return (
    <div className="grid max-w-2xl gap-5">
      <h1 className="text-2xl font-bold">Settings</h1>
      <Notice
        params={await searchParams}
        texts={{
          saved: "Settings saved.",
          "error:password": "Not saved: that is not your current password.",
          "error:retention": "Not saved: each retention period must be a whole number of days within the range shown.",
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
            Require two-step sign-in (an authenticator app code) for admins
            <span className="block text-sm text-neutral-700">
              Admins without it are sent to set it up before they can do anything else.
            </span>
          </label>
        </div>
        <fieldset className="grid gap-3 rounded border border-neutral-300 p-4">
          <legend className="px-1 font-semibold">Retention of personal data</legend>
          <p className="text-sm text-neutral-700">
            Applied by housekeeping every six hours and stated on the privacy notice. Staff can put one endorsement on
            hold from its review page.
          </p>
          {(
            [
              ["unconfirmedDays", "Delete sign-ups never confirmed after (days)"],
              [
                "closedContactDays",
                "Erase the contact details of rejected or withdrawn endorsements, strip older audit entries to ids and actions, and delete sent mail, after (days)",
              ],
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
                {retentionLimits[key][0]} to {retentionLimits[key][1]}; default {settingDefaults[key]}.
              </span>
            </div>
          ))}
        </fieldset>
        <div className="grid max-w-sm gap-1">
          <label htmlFor="settings-password" className="font-medium">
            Your password
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
            Save settings
          </button>
        </div>
      </form>
    </div>
  );
}
