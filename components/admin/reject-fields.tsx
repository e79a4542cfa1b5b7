import { reasonLabels } from "@/lib/admin/labels";

/** Stock reason or a written one; the endorser receives it in their language (stock) or as written. */
export function RejectFields({ idPrefix }: { idPrefix: string }) {
  return (
    <div className="grid gap-2 sm:grid-cols-2">
      <div className="grid gap-1">
        <label htmlFor={`${idPrefix}-reason`} className="text-sm font-medium">
          Reason for rejecting
        </label>
        <select id={`${idPrefix}-reason`} name="reason" className="admin-input" defaultValue="">
          <option value="">Choose a reason…</option>
          {Object.entries(reasonLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
          <option value="other">Other (write it below)</option>
        </select>
      </div>
      <div className="grid gap-1">
        <label htmlFor={`${idPrefix}-reasonText`} className="text-sm font-medium">
          Written reason <span className="font-normal text-neutral-700">(sent as written)</span>
        </label>
        <input id={`${idPrefix}-reasonText`} name="reasonText" maxLength={1000} className="admin-input" />
      </div>
    </div>
  );
}
