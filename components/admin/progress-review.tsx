import Link from "next/link";
import { formatDateTime } from "@/lib/admin/labels";
import { decideProgressAction } from "@/lib/endorsements/admin-actions";
import type { Commitment } from "@/lib/generated/prisma/client";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";

const outcomes = ["approved", "rejected", "stale", "invalid"] as const;

/**
 * The endorser's progress per action on the review page: what is public, and the text waiting for
 * review with its approve and reject buttons (each carrying the version shown, `seen`).
 */
export async function ProgressReview(props: {
  endorsementId: string;
  commitments: Commitment[];
  titles: Map<number, string>;
  outcome?: string;
  canDecide: boolean;
}) {
  const { t } = await adminTranslations();
  const reported = props.commitments.filter(
    (c) => c.progress !== "COMMITTED" || c.progressNote || c.progressLink || c.pendingAt,
  );
  const outcome = outcomes.find((o) => o === props.outcome);
  return (
    <section aria-labelledby="progress" className="grid gap-3">
      <h2 id="progress" className="text-lg font-semibold">
        {t("Progress.title")}
      </h2>
      {outcome && (
        <p
          role={outcome === "stale" || outcome === "invalid" ? "alert" : "status"}
          className="rounded border border-neutral-500 bg-neutral-50 p-3"
        >
          {t(`Progress.outcome.${outcome}`)}
        </p>
      )}
      {reported.length === 0 && <p>{t("Progress.none")}</p>}
      {reported.map((c) => (
        <article key={c.actionNumber} className="grid gap-1 rounded border border-neutral-300 p-3">
          <h3 className="font-semibold">
            {c.actionNumber}. {props.titles.get(c.actionNumber)} — {t(`Progress.states.${c.progress}`)}
          </h3>
          <TextPair
            heading={t("Progress.public")}
            note={c.progressNote}
            link={c.progressLink}
            labels={{ description: t("Progress.description"), link: t("Progress.link"), empty: t("Progress.empty") }}
          />
          {c.pendingAt && (
            <div className="grid gap-2 rounded bg-amber-50 p-2">
              <TextPair
                heading={t("Progress.waiting", { date: formatDateTime(c.pendingAt) })}
                note={c.pendingNote}
                link={c.pendingLink}
                labels={{
                  description: t("Progress.description"),
                  link: t("Progress.link"),
                  empty: t("Progress.empty"),
                }}
              />
              {props.canDecide && (
                <form action={decideProgressAction} className="flex flex-wrap gap-2">
                  <input type="hidden" name="id" value={props.endorsementId} />
                  <input type="hidden" name="action" value={c.actionNumber} />
                  <input type="hidden" name="seen" value={c.pendingAt.getTime()} />
                  <button type="submit" name="decision" value="approve" className="admin-button">
                    {t("Progress.approve")}
                  </button>
                  <button type="submit" name="decision" value="reject" className="admin-button-secondary">
                    {t("Progress.reject")}
                  </button>
                </form>
              )}
            </div>
          )}
        </article>
      ))}
    </section>
  );
}

function TextPair(props: {
  heading: string;
  note: string | null;
  link: string | null;
  labels: { description: string; link: string; empty: string };
}) {
  return (
    <div>
      <p className="text-sm font-medium">{props.heading}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3">
        <dt>{props.labels.description}</dt>
        <dd className="whitespace-pre-line" dir="auto">
          {props.note ?? props.labels.empty}
        </dd>
        <dt>{props.labels.link}</dt>
        <dd className="break-all" dir="ltr">
          {props.link ? (
            <a href={props.link} rel="noopener noreferrer nofollow" className="admin-link">
              {props.link}
            </a>
          ) : (
            props.labels.empty
          )}
        </dd>
      </dl>
    </div>
  );
}

/** The queue's list of progress text waiting for review, linking each to its endorsement's review page. */
export async function PendingProgressList(props: {
  rows: { actionNumber: number; pendingAt: Date | null; endorsement: { id: string; name: string } }[];
  total: number;
}) {
  if (props.total === 0) return null;
  const { t } = await adminTranslations();
  return (
    <section aria-labelledby="pending-progress" className="rounded border border-neutral-300 p-4">
      <h2 id="pending-progress" className="font-semibold">
        {t("Progress.queueTitle", { count: props.total })}
      </h2>
      <ul className="mt-2 list-disc ps-6">
        {props.rows.map((row) => (
          <li key={`${row.endorsement.id}-${row.actionNumber}`}>
            <Link href={`/admin/endorsements/${row.endorsement.id}#progress`} className="admin-link">
              {t("Progress.queueItem", {
                name: row.endorsement.name,
                action: row.actionNumber,
                date: formatDateTime(row.pendingAt),
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
