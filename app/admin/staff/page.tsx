import type { Metadata } from "next";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { listStaff } from "@/lib/staff/accounts.server";
import { createStaffAction, updateStaffAction } from "@/lib/staff/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { passwordRules } from "@/lib/staff/passwords.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Staff.title") };
}

export default async function StaffPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const me = await requireStaff("ADMIN");
  const users = await listStaff();
  const { t, formatDateTime } = await adminTranslations();
  const notices = {
    created: t("Staff.notices.created"),
    updated: t("Staff.notices.updated"),
    "error:self": t("Staff.notices.self"),
  };
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t("Staff.title")}</h1>
      <Notice params={await searchParams} texts={notices} />
      <div className="overflow-x-auto">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("Staff.columns.name")}</th>
              <th scope="col">{t("Staff.columns.email")}</th>
              <th scope="col">{t("Staff.columns.role")}</th>
              <th scope="col">{t("Staff.columns.twoStep")}</th>
              <th scope="col">{t("Staff.columns.lastSignIn")}</th>
              <th scope="col">{t("Staff.columns.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <td>
                  {user.name}
                  {user.disabledAt && <strong> {t("Staff.disabled")}</strong>}
                </td>
                <td>{user.email}</td>
                <td>{user.role === "ADMIN" ? t("Staff.roles.ADMIN") : t("Staff.roles.MODERATOR")}</td>
                <td>{user.hasTotp ? t("Staff.on") : t("Staff.off")}</td>
                <td>{formatDateTime(user.lastLoginAt)}</td>
                <td>
                  {user.id === me.id ? (
                    t("Staff.you")
                  ) : (
                    <form action={updateStaffAction} className="flex flex-wrap gap-2">
                      <input type="hidden" name="id" value={user.id} />
                      <button
                        type="submit"
                        name="change"
                        value={user.role === "ADMIN" ? "makeModerator" : "makeAdmin"}
                        className="admin-button-secondary"
                      >
                        {user.role === "ADMIN" ? t("Staff.makeModerator") : t("Staff.makeAdmin")}
                      </button>
                      <button
                        type="submit"
                        name="change"
                        value={user.disabledAt ? "enable" : "disable"}
                        className="admin-button-secondary"
                      >
                        {user.disabledAt ? t("Staff.enable") : t("Staff.disable")}
                      </button>
                      {user.hasTotp && (
                        <button type="submit" name="change" value="resetTotp" className="admin-button-secondary">
                          {t("Staff.resetTotp")}
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
          {t("Staff.add")}
        </h2>
        <EditorForm
          action={createStaffAction}
          submitLabel={t("Staff.create")}
          fields={[
            { name: "name", label: t("Staff.fields.name"), required: true, maxLength: 120 },
            { name: "email", label: t("Staff.fields.email"), kind: "email", required: true, maxLength: 254 },
            {
              name: "role",
              label: t("Staff.fields.role"),
              kind: "select",
              required: true,
              defaultValue: "MODERATOR",
              options: [
                { value: "MODERATOR", label: t("Staff.fields.moderator") },
                { value: "ADMIN", label: t("Staff.fields.admin") },
              ],
            },
            {
              name: "password",
              label: t("Staff.fields.password"),
              kind: "password",
              required: true,
              autoComplete: "new-password",
              hint: t("Staff.fields.passwordHint", { min: passwordRules.min }),
            },
          ]}
        />
      </section>
    </div>
  );
}
