import type { Metadata } from "next";
import Link from "next/link";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { partnerFields } from "@/components/admin/partner-fields";
import { movePartnerAction, savePartnerAction } from "@/lib/partners/admin-actions";
import { listPartnersForAdmin } from "@/lib/partners/partners.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Partners.title") };
}

export default async function PartnersAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("ADMIN");
  const partners = await listPartnersForAdmin();
  const { t } = await adminTranslations();
  const notices = {
    created: t("Partners.notices.created"),
    saved: t("Partners.notices.saved"),
    moved: t("Partners.notices.moved"),
    deleted: t("Partners.notices.deleted"),
  };
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">{t("Partners.title")}</h1>
      <Notice params={await searchParams} texts={notices} />
      <p>{t("Partners.order")}</p>
      <div className="overflow-x-auto">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("Partners.columns.order")}</th>
              <th scope="col">{t("Partners.columns.logo")}</th>
              <th scope="col">{t("Partners.columns.partner")}</th>
              <th scope="col">{t("Partners.columns.website")}</th>
              <th scope="col">{t("Partners.columns.move")}</th>
            </tr>
          </thead>
          <tbody>
            {partners.map((partner, index) => (
              <tr key={partner.id}>
                <td>{index + 1}</td>
                <td>
                  {partner.logo ? (
                    // biome-ignore lint/performance/noImgElement: small processed PNG served by our own route
                    <img
                      src={`/media/${partner.logo.sha256}`}
                      alt=""
                      width={48}
                      height={48}
                      className="object-contain"
                    />
                  ) : (
                    "—"
                  )}
                </td>
                <td>
                  <Link href={`/admin/partners/${partner.id}`} className="admin-link font-medium">
                    {partner.acronym ? `${partner.acronym} — ${partner.name}` : partner.name}
                  </Link>
                  {!partner.founding && <span className="text-sm text-neutral-700"> {t("Partners.other")}</span>}
                </td>
                <td className="break-all">{partner.url ?? "—"}</td>
                <td>
                  <form action={movePartnerAction} className="flex gap-1">
                    <input type="hidden" name="id" value={partner.id} />
                    <button
                      type="submit"
                      name="direction"
                      value="up"
                      disabled={index === 0}
                      className="admin-button-secondary"
                      aria-label={t("Partners.moveUp", { name: partner.acronym ?? partner.name })}
                    >
                      ↑
                    </button>
                    <button
                      type="submit"
                      name="direction"
                      value="down"
                      disabled={index === partners.length - 1}
                      className="admin-button-secondary"
                      aria-label={t("Partners.moveDown", { name: partner.acronym ?? partner.name })}
                    >
                      ↓
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="add-partner" className="grid gap-3">
        <h2 id="add-partner" className="text-lg font-semibold">
          {t("Partners.add")}
        </h2>
        <EditorForm action={savePartnerAction} fields={partnerFields(t)} submitLabel={t("Partners.addSubmit")} />
      </section>
    </div>
  );
}
