import type { Metadata } from "next";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { formatDateTime } from "@/lib/admin/labels";
import { listStaff } from "@/lib/staff/accounts.server";
import { createStaffAction, updateStaffAction } from "@/lib/staff/admin-actions";
import { passwordRules } from "@/lib/staff/passwords.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Staff accounts" };

const notices = {
  created: "Account created. Give the person their password through a separate channel.",
  updated: "Account updated; its sessions were ended.",
  "error:self": "You cannot change your own role or disable yourself here.",
};

export default async function StaffPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const me = await requireStaff("ADMIN");
  const users = await listStaff();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">Staff accounts</h1>
      <Notice params={await searchParams} texts={notices} />
      <div className="overflow-x-auto">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Two-step</th>
              <th scope="col">Last sign-in</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  {user.disabledAt && <strong> (disabled)</strong>}
                </td>
                <td>{user.email}</td>
                <td>{user.role === "ADMIN" ? "Admin" : "Moderator"}</td>
                <td>{user.hasTotp ? "On" : "Off"}</td>
                <td>{formatDateTime(user.lastLoginAt)}</td>
                <td>
                  {user.id === me.id ? (
                    "You"
                  ) : (
                    <form action={updateStaffAction} className="flex flex-wrap gap-2">
                      <input type="hidden" name="id" value={user.id} />
                      <button
                        type="submit"
                        name="change"
                        value={user.role === "ADMIN" ? "makeModerator" : "makeAdmin"}
                        className="admin-button-secondary"
                      >
                        {user.role === "ADMIN" ? "Make moderator" : "Make admin"}
                      </button>
                      <button
                        type="submit"
                        name="change"
                        value={user.disabledAt ? "enable" : "disable"}
                        className="admin-button-secondary"
                      >
                        {user.disabledAt ? "Enable" : "Disable"}
                      </button>
                      {user.hasTotp && (
                        <button type="submit" name="change" value="resetTotp" className="admin-button-secondary">
                          Reset two-step
                        </button>
                      )}
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="new-staff" className="grid gap-3">
        <h2 id="new-staff" className="text-lg font-semibold">
          Add a staff member
        </h2>
        <EditorForm
          action={createStaffAction}
          submitLabel="Create account"
          fields={[
            { name: "name", label: "Name", required: true, maxLength: 120 },
            { name: "email", label: "Email", kind: "email", required: true, maxLength: 254 },
            {
              name: "role",
              label: "Role",
              kind: "select",
              required: true,
              defaultValue: "MODERATOR",
              options: [
                { value: "MODERATOR", label: "Moderator (review queue, news, events)" },
                { value: "ADMIN", label: "Admin (everything, including staff and settings)" },
              ],
            },
            {
              name: "password",
              label: "First password",
              kind: "password",
              required: true,
              autoComplete: "new-password",
              hint: `At least ${passwordRules.min} characters. They can change it under “Account”.`,
            },
          ]}
        />
      </section>
    </div>
  );
}
