import Link from "next/link";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

export default async function AdminNotFound() {
  const { t } = await adminTranslations();
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t("NotFound.title")}</h1>
      <p>{t("NotFound.text")}</p>
      <p>
        <Link href="/admin" className="admin-link">
          {t("Forbidden.back")}
        </Link>
      </p>
    </div>
  );
}
