import type { Metadata } from "next";
import Link from "next/link";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { partnerFields } from "@/components/admin/partner-fields";
import { movePartnerAction, savePartnerAction } from "@/lib/partners/admin-actions";
import { listPartnersForAdmin } from "@/lib/partners/partners.server";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Partners" };

const notices = {
  created: "Partner added; it is on the public partners page.",
  saved: "Partner saved.",
  moved: "Order saved.",
  deleted: "Partner deleted.",
};

export default async function PartnersAdminPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("ADMIN");
  const partners = await listPartnersForAdmin();
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-bold">Partners</h1>
      <Notice params={await searchParams} texts={notices} />
      <p>Shown on the public partners page in this order.</p>
      <div className="overflow-x-auto">
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Logo</th>
              <th scope="col">Partner</th>
              <th scope="col">Website</th>
              <th scope="col">Move</th>
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
                  {!partner.founding && <span className="text-sm text-neutral-700"> (other partner)</span>}
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
                      aria-label={`Move ${partner.acronym ?? partner.name} up`}
                    >
                      ↑
                    </button>
                    <button
                      type="submit"
                      name="direction"
                      value="down"
                      disabled={index === partners.length - 1}
                      className="admin-button-secondary"
                      aria-label={`Move ${partner.acronym ?? partner.name} down`}
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
          Add a partner
        </h2>
        <EditorForm action={savePartnerAction} fields={partnerFields()} submitLabel="Add partner" />
      </section>
    </div>
  );
}
