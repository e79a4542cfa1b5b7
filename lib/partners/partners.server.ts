import "server-only";
import { type Actor, recordAudit } from "../audit/audit.server";
import { contentChanged } from "../cache/invalidation.server";
import { db } from "../db/client.server";
import { slugify } from "../endorsements/names";

export type PartnerFields = {
  name: string;
  acronym?: string;
  localName?: string;
  localNameLanguage?: string;
  url?: string;
  founding: boolean;
  logoId?: string;
};

const refresh = () => contentChanged(["/[locale]/partners", "/[locale]"]);

export async function listPartnersForAdmin() {
  return db().partner.findMany({ orderBy: { position: "asc" }, include: { logo: { select: { sha256: true } } } });
}

export async function getPartnerForAdmin(id: string) {
  return db().partner.findUnique({ where: { id }, include: { logo: { select: { sha256: true } } } });
}

export async function createPartner(actor: Actor, fields: PartnerFields) {
  const last = await db().partner.findFirst({ orderBy: { position: "desc" }, select: { position: true } });
  let slug = slugify(fields.acronym || fields.name, 50) || "partner";
  if (await db().partner.findUnique({ where: { slug } })) slug = `${slug}-${Date.now().toString(36)}`;
  const partner = await db().partner.create({
    data: { ...fields, slug, position: (last?.position ?? 0) + 1 },
  });
  await recordAudit({ actor, action: "partner.create", entityType: "Partner", entityId: partner.id, after: partner });
  await refresh();
  return partner;
}

export async function updatePartner(actor: Actor, id: string, fields: PartnerFields) {
  const before = await db().partner.findUniqueOrThrow({ where: { id } });
  const { logoId, ...rest } = fields;
  const after = await db().partner.update({
    where: { id },
    data: {
      ...rest,
      acronym: rest.acronym ?? null,
      localName: rest.localName ?? null,
      localNameLanguage: rest.localNameLanguage ?? null,
      url: rest.url ?? null,
      ...(logoId && { logoId }),
    },
  });
  await recordAudit({ actor, action: "partner.update", entityType: "Partner", entityId: id, before, after });
  await refresh();
}

/** Swaps the partner with its neighbour above or below. */
export async function movePartner(actor: Actor, id: string, direction: "up" | "down") {
  const partners = await db().partner.findMany({ orderBy: { position: "asc" }, select: { id: true, position: true } });
  const index = partners.findIndex((partner) => partner.id === id);
  const other = partners[direction === "up" ? index - 1 : index + 1];
  const current = partners[index];
  if (!current || !other) return;
  await db().$transaction([
    db().partner.update({ where: { id: current.id }, data: { position: -1 } }),
    db().partner.update({ where: { id: other.id }, data: { position: current.position } }),
    db().partner.update({ where: { id: current.id }, data: { position: other.position } }),
  ]);
  await recordAudit({
    actor,
    action: "partner.move",
    entityType: "Partner",
    entityId: id,
    before: { position: current.position },
    after: { position: other.position },
  });
  await refresh();
}

export async function removePartnerLogo(actor: Actor, id: string) {
  const before = await db().partner.findUniqueOrThrow({ where: { id }, select: { logoId: true } });
  await db().partner.update({ where: { id }, data: { logoId: null } });
  await recordAudit({
    actor,
    action: "partner.removeLogo",
    entityType: "Partner",
    entityId: id,
    before,
    after: { logoId: null },
  });
  await refresh();
}

export async function deletePartner(actor: Actor, id: string) {
  const before = await db().partner.findUnique({ where: { id } });
  if (!before) return;
  await db().partner.delete({ where: { id } });
  await recordAudit({ actor, action: "partner.delete", entityType: "Partner", entityId: id, before, after: null });
  await refresh();
}
