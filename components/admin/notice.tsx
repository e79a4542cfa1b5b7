import { adminTranslations } from "@/lib/staff/admin-i18n.server";

/** The outcome of the last action, read from the query string the action redirected to; texts come translated. */
export async function Notice({
  params,
  texts,
}: {
  params: Record<string, string | undefined>;
  texts: Record<string, string>;
}) {
  const done = params.done && texts[params.done];
  const error = params.error && texts[`error:${params.error}`];
  if (error)
    return (
      <p role="alert" className="mb-4 rounded border border-red-700 bg-red-50 p-3 text-red-900">
        {error}
      </p>
    );
  if (!done) return null;
  const { t } = await adminTranslations();
  const skipped = Number(params.skipped ?? 0);
  return (
    <p role="status" className="mb-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
      {done.replace("{n}", String(Number(params.n ?? 0)))}
      {skipped > 0 && ` ${t("Notice.skipped", { count: skipped })}`}
    </p>
  );
}
