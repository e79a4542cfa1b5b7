import Link from "next/link";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

export default async function Forbidden() {
  const { t } = await adminTranslations();
  return (
    <div className="grid gap-3">
      <h1 className="text-2xl font-bold">{t("Forbidden.title")}</h1>
      <p>{t("Forbidden.text")}</p>
      <p>
        <Link href="/admin" className="admin-link">
          {t("Forbidden.back")}
        </Link>
      </p>
    </div>
  );
}
