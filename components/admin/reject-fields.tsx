import { adminLabels } from "@/lib/admin/labels";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

/** Stock reason or a written one; the endorser receives it in their language (stock) or as written. */
export async function RejectFields({ idPrefix }: { idPrefix: string }) {
  const { locale, t } = await adminTranslations();
  const { reasonLabels } = adminLabels(locale);
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <div className="grid gap-1">
        <label htmlFor={`${idPrefix}-reason`} className="text-sm font-medium">
          {t("Reject.reason")}
        </label>
        <select id={`${idPrefix}-reason`} name="reason" className="admin-input" defaultValue="">
          <option value="">{t("Reject.choose")}</option>
          {Object.entries(reasonLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="other">{t("Reject.other")}</option>
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${idPrefix}-reasonText`} className="text-sm font-medium">
          {t("Reject.written")} <span className="font-normal text-neutral-700">{t("Reject.asWritten")}</span>
        </label>
        <input id={`${idPrefix}-reasonText`} name="reasonText" maxLength={1000} className="admin-input" />
      </div>
    </div>
  );
}
