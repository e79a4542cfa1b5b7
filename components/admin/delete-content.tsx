import { deleteContentAction } from "@/lib/content/admin-actions";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

export async function DeleteContent({ id, kind, title }: { id: string; kind: "news" | "event"; title: string }) {
  const { t } = await adminTranslations();
  return (
    <section aria-labelledby="delete" className="grid gap-3 rounded border border-red-700 p-4">
      <h2 id="delete" className="text-lg font-semibold">
        {t("Content.delete.title")}
      </h2>
      <form action={deleteContentAction} className="grid gap-3">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="kind" value={kind} />
        <div className="flex items-center gap-2">
          <input id="confirm-delete" name="confirm" type="checkbox" className="size-5" />
          <label htmlFor="confirm-delete">{t("Content.delete.confirm", { title })}</label>
        </div>
        <div>
          <button type="submit" className="admin-button-danger">
            {t("Content.delete.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
