import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EndorseForm } from "@/components/endorse/endorse-form";
import { EndorseFormScript } from "@/components/endorse/endorse-form-script";
import { ProgressForm } from "@/components/manage/progress-form";
import { RequestLinkForm } from "@/components/manage/request-link-form";
import { getActionTitles } from "@/lib/content/campaign.server";
import { endorseFormProps } from "@/lib/endorsements/form-props.server";
import { getManagedEndorsement } from "@/lib/endorsements/manage.server";
import {
  eraseAction,
  renewAction,
  restoreAction,
  updateAction,
  withdrawAction,
} from "@/lib/endorsements/manage-actions";
import { badgePath, badgeSnippet } from "@/lib/endorsements/share";
import { can } from "@/lib/endorsements/transitions";
import { getEndorser } from "@/lib/endorsements/wall.server";
import { env } from "@/lib/env.server";
import type { Commitment } from "@/lib/generated/prisma/client";
import { manageSessionEndorsementId } from "@/lib/security/manage-session.server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ expired?: string; done?: string }> };

export default async function ManagePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { expired, done } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations("Manage");
  const id = await manageSessionEndorsementId();
  const endorsement = id ? await getManagedEndorsement(id) : null;
  const doneMessage =
    done === "withdrawn" || done === "erased" || done === "restored" || done === "renewed" ? t(`done.${done}`) : null;

  if (!endorsement) {
    return (
      <article className="max-w-3xl">
        <h1 className="text-4xl font-bold text-brand">{t("title")}</h1>
        {doneMessage && (
          <p role="status" className="mt-4 rounded-md bg-neutral-100 p-4">
            {doneMessage}
          </p>
        )}
        {expired && (
          <p role="alert" className="mt-4 rounded-md border-2 border-red-700 bg-red-50 p-4">
            {t("expired")}
          </p>
        )}
        <p className="mt-4 text-lg">{t("intro")}</p>
        <div className="mt-6">
          <RequestLinkForm locale={locale} label={t("email")} send={t("send")} sent={t("sent")} />
        </div>
      </article>
    );
  }

  const props = await endorseFormProps(locale);
  const values = {
    name: endorsement.name,
    acronym: endorsement.acronym ?? undefined,
    type: endorsement.type,
    countryCode: endorsement.countryCode,
    city: endorsement.city ?? undefined,
    website: endorsement.website ?? undefined,
    contactName: endorsement.contactName,
    contactRole: endorsement.contactRole ?? undefined,
    contactEmail: endorsement.contactEmail,
    statement: endorsement.statement ?? undefined,
    commitments: endorsement.commitments.map((c) => String(c.actionNumber)),
    consentPublic: "on",
    consentEmails: endorsement.consentEmails ? "on" : undefined,
    locale: endorsement.locale,
  };
  // What an approved endorser passes on: their public page, the badge code and their invite link.
  const publicPage = endorsement.status === "APPROVED" ? await getEndorser(endorsement.slug) : null;
  const site = env().SITE_URL;
  const pageUrl = `${site}/${locale}/endorsers/${endorsement.slug}`;
  return (
    <article className="max-w-3xl">
      <h1 className="text-4xl font-bold text-brand" dir="auto">
        {endorsement.name}
      </h1>
      {doneMessage && (
        <p role="status" className="mt-4 rounded-md bg-neutral-100 p-4">
          {doneMessage}
        </p>
      )}
      <p className="mt-2 text-lg">{t("status", { status: t(`statuses.${endorsement.status}`) })}</p>

      {publicPage && (
        <>
          <p className="mt-2">
            <Link href={`/${locale}/endorsers/${endorsement.slug}`} prefetch={false} className="text-brand underline">
              {t("yourPage")}
            </Link>
          </p>
          <section aria-labelledby="invite" className="mt-8">
            <h2 id="invite" className="text-2xl font-semibold">
              {t("invite")}
            </h2>
            <p className="mt-2">{t("inviteText")}</p>
            <p dir="ltr" className="mt-2 select-all break-all rounded-md bg-neutral-100 p-3 text-sm">
              {`${site}/${locale}/endorse?via=${endorsement.inviteCode}`}
            </p>
            <p className="mt-2 text-neutral-700">{t("invited", { count: publicPage._count.invitees })}</p>
          </section>
          <section aria-labelledby="badge" className="mt-8">
            <h2 id="badge" className="text-2xl font-semibold">
              {t("badge")}
            </h2>
            {/* biome-ignore lint/performance/noImgElement: a static SVG badge. */}
            <img
              src={badgePath(endorsement.slug)}
              alt="We endorse #weareALE"
              width={260}
              height={88}
              className="mt-2"
            />
            <p className="mt-2">{t("badgeText")}</p>
            <pre
              dir="ltr"
              className="mt-2 select-all overflow-x-auto whitespace-pre-wrap break-all rounded-md bg-neutral-100 p-3 text-sm"
            >
              {badgeSnippet(site, pageUrl, endorsement.slug)}
            </pre>
          </section>
        </>
      )}

      {can(endorsement.status, "progress") && (
        <section aria-labelledby="progress" className="mt-8">
          <h2 id="progress" className="text-2xl font-semibold">
            {t("progress.title")}
          </h2>
          <p className="mt-2">{t("progress.intro")}</p>
          <div className="mt-4 grid gap-4">
            <ProgressForms locale={locale} commitments={endorsement.commitments} />
          </div>
        </section>
      )}

      {can(endorsement.status, "update") && (
        <section aria-labelledby="edit" className="mt-8">
          <h2 id="edit" className="text-2xl font-semibold">
            {t("edit")}
          </h2>
          <p className="mt-2 text-neutral-700">{t("editNote")}</p>
          <div className="mt-4">
            <EndorseForm
              {...props}
              text={{
                ...props.text,
                submit: t("save"),
                sent: { title: t("saved.title"), text: t("saved.text"), again: t("saved.again") },
              }}
              action={updateAction}
              initial={{ status: "editing", values, errors: {}, logoSha256: endorsement.logo?.sha256 }}
              lockedEmail={endorsement.contactEmail}
              againHref={`/${locale}/endorse/manage`}
            />
            <EndorseFormScript />
          </div>
        </section>
      )}

      {can(endorsement.status, "renew") && (
        <ActionSection
          id="renew"
          title={t("renew")}
          text={t("renewText")}
          action={renewAction}
          locale={locale}
          button={t("renewButton")}
          className="bg-brand text-white"
        />
      )}

      {can(endorsement.status, "restore") && (
        <ActionSection
          id="restore"
          title={t("restore")}
          text={t("restoreText")}
          action={restoreAction}
          locale={locale}
          button={t("restoreButton")}
          className="bg-brand text-white"
        />
      )}

      {can(endorsement.status, "withdraw") && (
        <ActionSection
          id="withdraw"
          title={t("withdraw")}
          text={t("withdrawText")}
          action={withdrawAction}
          locale={locale}
          button={t("withdrawButton")}
          className="border-2 border-brand text-brand"
        />
      )}

      <section aria-labelledby="your-data" className="mt-10">
        <h2 id="your-data" className="text-2xl font-semibold">
          {t("yourData")}
        </h2>
        <p className="mt-2">{t("yourDataText")}</p>
        <p className="mt-3">
          <a href={`/api/manage/data?locale=${locale}`} download className="text-brand underline">
            {t("yourDataLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="erase" className="mt-10">
        <h2 id="erase" className="text-2xl font-semibold">
          {t("erase")}
        </h2>
        <p className="mt-2">{t("eraseText")}</p>
        <form action={eraseAction} className="mt-3 grid gap-3">
          <input type="hidden" name="locale" value={locale} />
          <label className="flex items-start gap-3">
            <input type="checkbox" name="confirm" required className="mt-1 h-5 w-5" />
            <span>{t("eraseConfirm")}</span>
          </label>
          <button type="submit" className="justify-self-start rounded-md bg-red-800 px-4 py-2 font-semibold text-white">
            {t("eraseButton")}
          </button>
        </form>
      </section>
    </article>
  );
}

/** One progress form per action committed to, filled with the text waiting for review if any, else the public one. */
async function ProgressForms({ locale, commitments }: { locale: string; commitments: Commitment[] }) {
  const t = await getTranslations("Manage.progress");
  const titles = new Map((await getActionTitles(locale)).map((action) => [action.number, action.title]));
  const errorKeys = [
    "form",
    "sessionExpired",
    "rateLimited",
    "notAllowed",
    "unknownAction",
    "notCommitted",
    "unknownState",
    "noteTooLong",
    "linkInvalid",
    "invalidCharacters",
  ] as const;
  const text = {
    state: t("state"),
    states: { COMMITTED: t("states.COMMITTED"), STARTED: t("states.STARTED"), DONE: t("states.DONE") },
    note: t("note"),
    noteHint: t("noteHint"),
    link: t("link"),
    linkHint: t("linkHint"),
    optional: t("optional"),
    save: t("save"),
    saved: t("saved"),
    savedPending: t("savedPending"),
    pending: t("pending"),
    errors: Object.fromEntries(errorKeys.map((key) => [key, t(`errors.${key}`)])),
  };
  return commitments.map((commitment) => {
    const waiting = Boolean(commitment.pendingAt);
    const values = {
      actionNumber: String(commitment.actionNumber),
      state: commitment.progress,
      note: (waiting ? commitment.pendingNote : commitment.progressNote) ?? undefined,
      link: (waiting ? commitment.pendingLink : commitment.progressLink) ?? undefined,
    };
    return (
      <ProgressForm
        key={commitment.actionNumber}
        actionNumber={commitment.actionNumber}
        title={titles.get(commitment.actionNumber) ?? ""}
        initial={{ status: "editing", values, errors: {} }}
        waiting={waiting}
        text={text}
      />
    );
  });
}

/** One thing the endorser can do with a button: a heading, what it does, and the button. */
function ActionSection(props: {
  id: string;
  title: string;
  text: string;
  action: (form: FormData) => Promise<void>;
  locale: string;
  button: string;
  className: string;
}) {
  return (
    <section aria-labelledby={props.id} className="mt-10">
      <h2 id={props.id} className="text-2xl font-semibold">
        {props.title}
      </h2>
      <p className="mt-2">{props.text}</p>
      <form action={props.action} className="mt-3">
        <input type="hidden" name="locale" value={props.locale} />
        <button type="submit" className={`rounded-md px-4 py-2 font-semibold ${props.className}`}>
          {props.button}
        </button>
      </form>
    </section>
  );
}
