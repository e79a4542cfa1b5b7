import type { Metadata } from "next";
import { Notice } from "@/components/admin/notice";
import { getSettings } from "@/lib/settings.server";
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
        texts={{ saved: "Settings saved.", "error:password": "Not saved: that is not your current password." }}
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
