import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { partnerFields } from "@/components/admin/partner-fields";
import { idPattern } from "@/lib/ids";
import { deletePartnerAction, removePartnerLogoAction, savePartnerAction } from "@/lib/partners/admin-actions";
import { getPartnerForAdmin } from "@/lib/partners/partners.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Partners.edit") };
}

export default async function EditPartnerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("ADMIN");
  const { id } = await params;
  const partner = idPattern.test(id) ? await getPartnerForAdmin(id) : null;
  if (!partner) notFound();
  const { t } = await adminTranslations();
  return (
    <div className="grid gap-6">
      <p>
        <Link href="/admin/partners" className="admin-link">
          {t("Partners.back")}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{partner.name}</h1>
      <Notice
        params={await searchParams}
        texts={{ saved: t("Partners.notices.saved"), "error:confirm": t("Content.notices.confirm") }}
      />
      {partner.logo && (
        <div className="flex items-center gap-4">
          {/* biome-ignore lint/performance/noImgElement: small processed PNG served by our own route */}
          <img
            src={`/media/${partner.logo.sha256}`}
            alt={t("Partners.currentLogo", { name: partner.name })}
            width={96}
            height={96}
            className="object-contain"
          />
          <form action={removePartnerLogoAction}>
            <input type="hidden" name="id" value={partner.id} />
            <button type="submit" className="admin-button-secondary">
              {t("Partners.removeLogo")}
            </button>
          </form>
        </div>
      )}
      <EditorForm
        action={savePartnerAction}
        fields={partnerFields(t, partner)}
        hidden={{ id: partner.id }}
        submitLabel={t("Partners.save")}
      />
      <section aria-labelledby="delete" className="grid gap-3 rounded border border-red-700 p-4">
        <h2 id="delete" className="text-lg font-semibold">
          {t("Partners.delete.title")}
        </h2>
        <form action={deletePartnerAction} className="grid gap-3">
          <input type="hidden" name="id" value={partner.id} />
          <div className="flex items-center gap-2">
            <input id="confirm-delete" name="confirm" type="checkbox" className="size-5" />
            <label htmlFor="confirm-delete">{t("Partners.delete.confirm", { name: partner.name })}</label>
          </div>
          <div>
            <button type="submit" className="admin-button-danger">
              {t("Partners.delete.submit")}
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
