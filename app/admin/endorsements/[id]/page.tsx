import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditorForm } from "@/components/admin/editor-form";
import { Notice } from "@/components/admin/notice";
import { ProgressReview } from "@/components/admin/progress-review";
import { RejectFields } from "@/components/admin/reject-fields";
import {
  countryLabel,
  countryOptions,
  formatDateTime,
  regionLabels,
  statusLabels,
  typeLabels,
} from "@/lib/admin/labels";
import { getActionTitles } from "@/lib/content/campaign.server";
import { decideAction, editAction, flagsAction, holdAction } from "@/lib/endorsements/admin-actions";
import { checkDomain } from "@/lib/endorsements/domain-check";
import { getForReview, nextInQueue, possibleDuplicates } from "@/lib/endorsements/review.server";
import { openReview } from "@/lib/endorsements/review-views.server";
import { limits } from "@/lib/endorsements/schema";
import { can } from "@/lib/endorsements/transitions";
import { idPattern } from "@/lib/ids";
import { requireStaff } from "@/lib/staff/session.server";

export const metadata: Metadata = { title: "Review an endorsement" };

const notices = {
  approved: "Approved. The endorser was emailed and the organisation is on the wall.",
  rejected: "Rejected. The endorser was emailed the reason in their language.",
  "approved-next": "Approved. The endorser was emailed and the organisation is on the wall. Next in the queue:",
  "rejected-next": "Rejected. The endorser was emailed the reason in their language. Next in the queue:",
  saved: "Saved.",
  "error:not-allowed": "That is not possible from the current status (it may have just changed).",
  "error:reason-required": "Choose a reason (or write one of at least 5 characters) to reject.",
  "error:stale":
    "Not saved: someone changed this endorsement while you were looking at it. Here it is as it is now; decide again if you still want to.",
};

const domainProblems = {
  noWebsite: () => "Not verified: no website to compare the contact email with.",
  malformed: (email: string | null, website: string | null) =>
    `Not verified: ${email ? "" : "the email's domain"}${!email && !website ? " and " : ""}${website ? "" : "the website's domain"} could not be read.`,
  freeMail: (email: string | null) =>
    `Not verified: ${email} is a free email provider, anyone can have an address there.`,
  mismatch: (email: string | null, website: string | null) =>
    `Not verified: the contact writes from ${email}, the website is on ${website}.`,
} satisfies Record<string, (email: string | null, website: string | null) => string>;

const duplicateReasons = { sameDomain: "same website domain", similarName: "similar name, same country" };

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
  const [duplicates, actions, query, othersHere] = await Promise.all([
    possibleDuplicates(endorsement),
    getActionTitles("en"),
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
  return (
    <div className="grid gap-6">
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/admin/endorsements" className="admin-link">
          ← Back to the queue
        </Link>
        {previous && (
          <Link href={`/admin/endorsements/${previous}`} className="admin-link">
            The endorsement you just decided
          </Link>
        )}
        {next && (
          <Link href={`/admin/endorsements/${next}`} className="admin-link">
            Skip to the next in the queue →
          </Link>
        )}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        {endorsement.logo ? (
          // biome-ignore lint/performance/noImgElement: the logo is already a small processed PNG
          <img
            src={`/media/${endorsement.logo.sha256}`}
            alt={`Logo of ${endorsement.name}`}
            width={120}
            height={Math.round((120 * endorsement.logo.height) / endorsement.logo.width)}
            className="rounded border border-neutral-300 bg-white object-contain p-1"
          />
        ) : (
          <p className="text-neutral-700">No logo</p>
        )}
        <div>
          <h1 className="text-2xl font-bold">
            {endorsement.name}
            {endorsement.acronym && ` (${endorsement.acronym})`}
          </h1>
          <p className="mt-1">
            <strong>{statusLabels[endorsement.status]}</strong>
            {endorsement.rejectionReason && ` — reason: “${endorsement.rejectionReason}”`}
          </p>
          {endorsement.status === "APPROVED" && (
            <p>
              <a href={`/en/endorsers/${endorsement.slug}`} className="admin-link">
                Public page
              </a>
            </p>
          )}
        </div>
      </div>
      <Notice params={query} texts={notices} />
      {othersHere.length > 0 && (
        <p className="rounded border border-amber-700 bg-amber-50 p-3" data-testid="also-open">
          Also open by {othersHere.map((other) => `${other.name} (${other.email})`).join(", ")}. Whoever decides first
          wins; a decision on this page after theirs is refused, not applied over it.
        </p>
      )}

      <section aria-labelledby="decide" className="grid gap-3 rounded border border-neutral-300 p-4">
        <h2 id="decide" className="text-lg font-semibold">
          Decision
        </h2>
        {canApprove && (
          <form action={decideAction}>
            <input type="hidden" name="id" value={endorsement.id} />
            <input type="hidden" name="back" value={here} />
            {inQueue && <input type="hidden" name="then" value="next" />}
            <input type="hidden" name="seen" value={seen} />
            <button type="submit" name="decision" value="approve" className="admin-button">
              Approve
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
                {endorsement.status === "APPROVED"
                  ? "Take off the wall and email the reason"
                  : "Reject and email the reason"}
              </button>
            </div>
          </form>
        )}
        {!canApprove && !canReject && (
          <p>
            {endorsement.status === "WITHDRAWN"
              ? "The endorser withdrew it; only they can bring it back (from their manage link)."
              : "It awaits the endorser's email confirmation."}
          </p>
        )}
        {can(endorsement.status, "flag") && (
          <div className="flex flex-wrap gap-3">
            {(
              [
                ["logoHidden", endorsement.logoHidden, "Show the logo", "Hide the logo"],
                ["featured", endorsement.featured, "Stop featuring on the home page", "Feature on the home page"],
                ["isPartner", endorsement.isPartner, "Unmark as partner", "Mark as partner"],
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
            Details
          </h2>
          <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-medium">Type</dt>
            <dd>{typeLabels[endorsement.type]}</dd>
            <dt className="font-medium">Country</dt>
            <dd>
              {countryLabel(endorsement.countryCode)} ({regionLabels[endorsement.region]})
            </dd>
            <dt className="font-medium">City</dt>
            <dd>{endorsement.city ?? "—"}</dd>
            <dt className="font-medium">Website</dt>
            <dd className="break-all">
              {endorsement.website && (
                <a href={endorsement.website} rel="noopener noreferrer nofollow" className="admin-link">
                  {endorsement.website}
                </a>
              )}
            </dd>
            <dt className="font-medium">Contact</dt>
            <dd>
              {endorsement.contactName}
              {endorsement.contactRole && `, ${endorsement.contactRole}`} — {endorsement.contactEmail}
            </dd>
            <dt className="font-medium">Domain</dt>
            <dd data-testid="domain-check">
              {domain.verified
                ? `Verified: the contact writes from ${domain.domain}, the website's domain.`
                : domainProblems[domain.reason](domain.emailDomain, domain.websiteDomain)}
            </dd>
            <dt className="font-medium">Language</dt>
            <dd>{endorsement.locale}</dd>
            <dt className="font-medium">Campaign emails</dt>
            <dd>{endorsement.consentEmails ? "Yes" : "No"}</dd>
            <dt className="font-medium">Invited by</dt>
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
          <h3 className="mt-4 font-semibold">Statement</h3>
          <p className="whitespace-pre-line">{endorsement.statement ?? "—"}</p>
          <h3 className="mt-4 font-semibold">Commitments</h3>
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
              Possible duplicates
            </h2>
            {duplicates.length === 0 ? (
              <p>None found (the same website domain, or a similar name in the same country).</p>
            ) : (
              <ul className="list-disc ps-6">
                {duplicates.map((other) => (
                  <li key={other.id}>
                    <Link href={`/admin/endorsements/${other.id}`} className="admin-link">
                      {other.name}
                    </Link>{" "}
                    — {countryLabel(other.countryCode)}, {other.websiteDomain ?? "no website"},{" "}
                    {statusLabels[other.status].toLowerCase()} ({duplicateReasons[other.reason]})
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="retention" className="grid gap-2">
            <h2 id="retention" className="text-lg font-semibold">
              Retention
            </h2>
            <p data-testid="retention-state">
              {endorsement.contactErasedAt
                ? `The contact details were erased on ${formatDateTime(endorsement.contactErasedAt)} (retention).`
                : endorsement.retentionHold
                  ? "On hold: housekeeping keeps the contact details and the full audit entries."
                  : "The retention periods in Settings apply."}
            </p>
            <form action={holdAction}>
              <input type="hidden" name="id" value={endorsement.id} />
              <input type="hidden" name="hold" value={endorsement.retentionHold ? "off" : "on"} />
              <button type="submit" className="admin-button-secondary">
                {endorsement.retentionHold ? "Release the hold" : "Put on hold"}
              </button>
            </form>
          </section>
          <section aria-labelledby="history">
            <h2 id="history" className="text-lg font-semibold">
              History
            </h2>
            <ol className="grid gap-1">
              <li>{formatDateTime(endorsement.createdAt)}: submitted</li>
              {endorsement.statusChanges.map((change) => (
                <li key={change.id}>
                  {formatDateTime(change.at)}: {statusLabels[change.toStatus].toLowerCase()}
                  {change.actor ? ` by ${change.actor.email}` : ""}
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
            Edit public details
          </h2>
          <EditorForm
            action={editAction}
            hidden={{ id: endorsement.id }}
            submitLabel="Save changes"
            fields={[
              {
                name: "name",
                label: "Organisation name",
                required: true,
                defaultValue: endorsement.name,
                maxLength: limits.name,
              },
              { name: "acronym", label: "Acronym", defaultValue: endorsement.acronym ?? "", maxLength: limits.acronym },
              {
                name: "type",
                label: "Type",
                kind: "select",
                required: true,
                defaultValue: endorsement.type,
                options: Object.entries(typeLabels).map(([value, label]) => ({ value, label })),
              },
              {
                name: "countryCode",
                label: "Country",
                kind: "select",
                required: true,
                defaultValue: endorsement.countryCode,
                options: countryOptions,
              },
              { name: "city", label: "City", defaultValue: endorsement.city ?? "", maxLength: limits.city },
              {
                name: "website",
                label: "Website",
                kind: "url",
                defaultValue: endorsement.website ?? "",
              },
              {
                name: "statement",
                label: "Statement",
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
