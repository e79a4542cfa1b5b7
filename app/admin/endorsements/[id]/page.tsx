import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { ProgressReview } from "@/components/admin/progress-review";
import { RejectFields } from "@/components/admin/reject-fields";
import { adminLabels } from "@/lib/admin/labels";
import { getActionTitles } from "@/lib/content/campaign.server";
import { decideAction, editAction, flagsAction, holdAction } from "@/lib/endorsements/admin-actions";
import { checkDomain } from "@/lib/endorsements/domain-check";
import { getForReview, nextInQueue, possibleDuplicates } from "@/lib/endorsements/review.server";
import { openReview } from "@/lib/endorsements/review-views.server";
import { limits } from "@/lib/endorsements/schema";
import { can } from "@/lib/endorsements/transitions";
import { idPattern } from "@/lib/ids";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import type { AdminTranslator } from "@/lib/staff/admin-language";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("Review.title") };
}

/** Why the contact's email domain does not vouch for the organisation, in the staff member's words. */
function domainProblem(t: AdminTranslator, reason: string, email: string | null, website: string | null) {
  switch (reason) {
    case "noWebsite":
      return t("Review.domain.noWebsite");
    case "freeMail":
      return t("Review.domain.freeMail", { email: email ?? "" });
    case "mismatch":
      return t("Review.domain.mismatch", { email: email ?? "", website: website ?? "" });
    default:
      return t("Review.domain.malformed", { part: !email && !website ? "both" : email ? "website" : "email" });
  }
}

export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const staff = await requireStaff("MODERATOR");
  const { id } = await params;
  const endorsement = idPattern.test(id) ? await getForReview(id) : null;
  if (!endorsement) notFound();
  const { locale, t, formatDateTime } = await adminTranslations();
  const { countryLabel, countryOptions, regionLabels, statusLabels, typeLabels } = adminLabels(locale);
  const lowerStatus = (status: string) => statusLabels[status].toLocaleLowerCase(locale);
  const [duplicates, actions, query, othersHere] = await Promise.all([
    possibleDuplicates(endorsement),
    getActionTitles(locale),
    searchParams,
    openReview(endorsement.id, staff.id),
  ]);
  const previous = query.previous && idPattern.test(query.previous) ? query.previous : undefined;
  const inQueue = endorsement.status === "AWAITING_REVIEW";
  const next = inQueue ? await nextInQueue(endorsement.id) : null;
  const seen = String(endorsement.updatedAt.getTime());
  const domain = checkDomain(endorsement.contactEmail, endorsement.website);
  const committed = new Set(endorsement.commitments.map((c) => c.actionNumber));
  const here = `/admin/endorsements/${endorsement.id}`;
  const canApprove = can(endorsement.status, "approve");
  const canReject = can(endorsement.status, "reject");
  const notices = {
    approved: t("Review.notices.approved"),
    rejected: t("Review.notices.rejected"),
    "approved-next": t("Review.notices.approvedNext"),
    "rejected-next": t("Review.notices.rejectedNext"),
    saved: t("Review.notices.saved"),
    "error:not-allowed": t("Review.notices.notAllowed"),
    "error:reason-required": t("Review.notices.reasonRequired"),
    "error:stale": t("Review.notices.stale"),
  };
  return (
    <div className="grid gap-6">
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/admin/endorsements" className="admin-link">
          {t("Review.back")}
        </Link>
        {previous && (
          <Link href={`/admin/endorsements/${previous}`} className="admin-link">
            {t("Review.previous")}
          </Link>
        )}
        {next && (
          <Link href={`/admin/endorsements/${next}`} className="admin-link">
            {t("Review.skip")}
          </Link>
        )}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        {endorsement.logo ? (
          // biome-ignore lint/performance/noImgElement: the logo is already a small processed PNG
          <img
            src={`/media/${endorsement.logo.sha256}`}
            alt={t("Review.logoOf", { name: endorsement.name })}
            width={120}
            height={Math.round((120 * endorsement.logo.height) / endorsement.logo.width)}
            className="rounded border border-neutral-300 bg-white object-contain p-1"
          />
        ) : (
          <p className="text-neutral-700">{t("Review.noLogo")}</p>
        )}
        <div>
          <h1 className="text-2xl font-bold">
            {endorsement.name}
            {endorsement.acronym && ` (${endorsement.acronym})`}
          </h1>
          <p className="mt-1">
            <strong>{statusLabels[endorsement.status]}</strong>
            {endorsement.rejectionReason && ` — ${t("Review.reason", { reason: endorsement.rejectionReason })}`}
          </p>
          {endorsement.status === "APPROVED" && (
            <p>
              <a href={`/${locale}/endorsers/${endorsement.slug}`} className="admin-link">
                {t("Review.publicPage")}
              </a>
            </p>
          )}
        </div>
      </div>
      <Notice params={query} texts={notices} />
      {othersHere.length > 0 && (
        <p className="rounded border border-amber-700 bg-amber-50 p-3" data-testid="also-open">
          {t("Review.alsoOpen", { people: othersHere.map((other) => `${other.name} (${other.email})`).join(", ") })}
        </p>
      )}

      <section aria-labelledby="decide" className="grid gap-3 rounded border border-neutral-300 p-4">
        <h2 id="decide" className="text-lg font-semibold">
          {t("Review.decision")}
        </h2>
        {canApprove && (
          <form action={decideAction}>
            <input type="hidden" name="id" value={endorsement.id} />
            <input type="hidden" name="back" value={here} />
            {inQueue && <input type="hidden" name="then" value="next" />}
            <input type="hidden" name="seen" value={seen} />
            <button type="submit" name="decision" value="approve" className="admin-button">
              {t("Review.approve")}
            </button>
          </form>
        )}
        {canReject && (
          <form action={decideAction} className="grid gap-3">
            <input type="hidden" name="id" value={endorsement.id} />
            <input type="hidden" name="back" value={here} />
            {inQueue && <input type="hidden" name="then" value="next" />}
            <input type="hidden" name="seen" value={seen} />
            <RejectFields idPrefix="one" />
            <div>
              <button type="submit" name="decision" value="reject" className="admin-button-danger">
                {endorsement.status === "APPROVED" ? t("Review.takeOff") : t("Review.reject")}
              </button>
            </div>
          </form>
        )}
        {!canApprove && !canReject && (
          <p>{endorsement.status === "WITHDRAWN" ? t("Review.withdrawn") : t("Review.awaitingConfirmation")}</p>
        )}
        {can(endorsement.status, "flag") && (
          <div className="flex flex-wrap gap-3">
            {(
              [
                ["logoHidden", endorsement.logoHidden, t("Review.flags.showLogo"), t("Review.flags.hideLogo")],
                ["featured", endorsement.featured, t("Review.flags.unfeature"), t("Review.flags.feature")],
                ["isPartner", endorsement.isPartner, t("Review.flags.unmarkPartner"), t("Review.flags.markPartner")],
              ] as const
            ).map(([flag, on, offLabel, onLabel]) => (
              <form key={flag} action={flagsAction}>
                <input type="hidden" name="id" value={endorsement.id} />
                <input type="hidden" name="flag" value={flag} />
                <input type="hidden" name="value" value={on ? "off" : "on"} />
                <button type="submit" className="admin-button-secondary">
                  {on ? offLabel : onLabel}
                </button>
              </form>
            ))}
          </div>
        )}
      </section>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="details">
          <h2 id="details" className="text-lg font-semibold">
            {t("Review.details")}
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">{t("Review.fields.type")}</dt>
            <dd>{typeLabels[endorsement.type]}</dd>
            <dt className="font-medium">{t("Review.fields.country")}</dt>
            <dd>
              {countryLabel(endorsement.countryCode)} ({regionLabels[endorsement.region]})
            </dd>
            <dt className="font-medium">{t("Review.fields.city")}</dt>
            <dd>{endorsement.city ?? "—"}</dd>
            <dt className="font-medium">{t("Review.fields.website")}</dt>
            <dd className="break-all">
              {endorsement.website && (
                <a href={endorsement.website} rel="noopener noreferrer nofollow" className="admin-link">
                  {endorsement.website}
                </a>
              )}
            </dd>
            <dt className="font-medium">{t("Review.fields.contact")}</dt>
            <dd>
              {endorsement.contactName}
              {endorsement.contactRole && `, ${endorsement.contactRole}`} — {endorsement.contactEmail}
            </dd>
            <dt className="font-medium">{t("Review.fields.domain")}</dt>
            <dd data-testid="domain-check">
              {domain.verified
                ? t("Review.domain.verified", { domain: domain.domain })
                : domainProblem(t, domain.reason, domain.emailDomain, domain.websiteDomain)}
            </dd>
            <dt className="font-medium">{t("Review.fields.language")}</dt>
            <dd>{endorsement.locale}</dd>
            <dt className="font-medium">{t("Review.fields.campaignEmails")}</dt>
            <dd>{endorsement.consentEmails ? t("Review.yes") : t("Review.no")}</dd>
            <dt className="font-medium">{t("Review.fields.invitedBy")}</dt>
            <dd>
              {endorsement.invitedBy ? (
                <Link href={`/admin/endorsements/${endorsement.invitedBy.id}`} className="admin-link">
                  {endorsement.invitedBy.name}
                </Link>
              ) : (
                "—"
              )}
            </dd>
          </dl>
          <h3 className="mt-4 font-semibold">{t("Review.fields.statement")}</h3>
          <p className="whitespace-pre-line">{endorsement.statement ?? "—"}</p>
          <h3 className="mt-4 font-semibold">{t("Review.commitments")}</h3>
          <ul className="list-disc ps-6">
            {actions
              .filter((action) => committed.has(action.number))
              .map((action) => (
                <li key={action.number}>
                  {action.number}. {action.title}
                </li>
              ))}
          </ul>
        </section>
        <div className="grid content-start gap-6">
          <ProgressReview
            endorsementId={endorsement.id}
            commitments={endorsement.commitments}
            titles={new Map(actions.map((action) => [action.number, action.title]))}
            outcome={query.progress}
            canDecide={can(endorsement.status, "decideProgress")}
          />
          <section aria-labelledby="duplicates">
            <h2 id="duplicates" className="text-lg font-semibold">
              {t("Review.duplicates.title")}
            </h2>
            {duplicates.length === 0 ? (
              <p>{t("Review.duplicates.none")}</p>
            ) : (
              <ul className="list-disc ps-6">
                {duplicates.map((other) => (
                  <li key={other.id}>
                    <Link href={`/admin/endorsements/${other.id}`} className="admin-link">
                      {other.name}
                    </Link>{" "}
                    —{" "}
                    {t("Review.duplicates.item", {
                      country: countryLabel(other.countryCode),
                      website: other.websiteDomain ?? t("Review.duplicates.noWebsite"),
                      status: lowerStatus(other.status),
                      reason: t(`Review.duplicates.${other.reason}`),
                    })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="retention" className="grid gap-2">
            <h2 id="retention" className="text-lg font-semibold">
              {t("Review.retention.title")}
            </h2>
            <p data-testid="retention-state">
              {endorsement.contactErasedAt
                ? t("Review.retention.erased", { date: formatDateTime(endorsement.contactErasedAt) })
                : endorsement.retentionHold
                  ? t("Review.retention.onHold")
                  : t("Review.retention.periods")}
            </p>
            <form action={holdAction}>
              <input type="hidden" name="id" value={endorsement.id} />
              <input type="hidden" name="hold" value={endorsement.retentionHold ? "off" : "on"} />
              <button type="submit" className="admin-button-secondary">
                {endorsement.retentionHold ? t("Review.retention.release") : t("Review.retention.hold")}
              </button>
            </form>
          </section>
          <section aria-labelledby="history">
            <h2 id="history" className="text-lg font-semibold">
              {t("Review.history.title")}
            </h2>
            <ol className="grid gap-1">
              <li>{t("Review.history.submitted", { date: formatDateTime(endorsement.createdAt) })}</li>
              {endorsement.statusChanges.map((change) => (
                <li key={change.id}>
                  {t("Review.history.change", {
                    date: formatDateTime(change.at),
                    status: lowerStatus(change.toStatus),
                  })}
                  {change.actor ? ` ${t("Review.history.by", { email: change.actor.email })}` : ""}
                  {change.note ? ` — “${change.note}”` : ""}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>

      {can(endorsement.status, "edit") && (
        <section aria-labelledby="edit" className="grid gap-3">
          <h2 id="edit" className="text-lg font-semibold">
            {t("Review.edit.title")}
          </h2>
          <EditorForm
            action={editAction}
            hidden={{ id: endorsement.id }}
            submitLabel={t("Review.edit.submit")}
            fields={[
              {
                name: "name",
                label: t("Review.fields.name"),
                required: true,
                defaultValue: endorsement.name,
                maxLength: limits.name,
              },
              {
                name: "acronym",
                label: t("Review.fields.acronym"),
                defaultValue: endorsement.acronym ?? "",
                maxLength: limits.acronym,
              },
              {
                name: "type",
                label: t("Review.fields.type"),
                kind: "select",
                required: true,
                defaultValue: endorsement.type,
                options: Object.entries(typeLabels).map(([value, label]) => ({ value, label })),
              },
              {
                name: "countryCode",
                label: t("Review.fields.country"),
                kind: "select",
                required: true,
                defaultValue: endorsement.countryCode,
                options: countryOptions,
              },
              {
                name: "city",
                label: t("Review.fields.city"),
                defaultValue: endorsement.city ?? "",
                maxLength: limits.city,
              },
              {
                name: "website",
                label: t("Review.fields.website"),
                kind: "url",
                defaultValue: endorsement.website ?? "",
              },
              {
                name: "statement",
                label: t("Review.fields.statement"),
                kind: "textarea",
                rows: 4,
                defaultValue: endorsement.statement ?? "",
                maxLength: limits.statement,
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
