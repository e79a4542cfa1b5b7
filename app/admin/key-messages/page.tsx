import type { Metadata } from "next";
import Link from "next/link";
import { KeyMessageAddForm } from "@/components/admin/key-message-add-form";
import { Notice } from "@/components/admin/notice";
import { maxTextLength } from "@/lib/content/campaign-texts";
import type { TextStatus } from "@/lib/content/campaign-texts.server";
import {
  addKeyMessageAction,
  moveKeyMessageAction,
  retireKeyMessageAction,
} from "@/lib/content/key-messages/admin-actions";
import { keyMessagesForEditing } from "@/lib/content/key-messages.server";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { requireStaff } from "@/lib/staff/session.server";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await adminTranslations();
  return { title: t("KeyMessages.title") };
}
export const dynamic = "force-dynamic";

type Message = Awaited<ReturnType<typeof keyMessagesForEditing>>[number];

const editorUrl = (key: string, locale: string) => `/admin/texts/${encodeURIComponent(key)}/${locale}`;

export default async function KeyMessagesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requireStaff("MODERATOR");
  const { t, locale: adminLocale } = await adminTranslations();
  const messages = await keyMessagesForEditing();
  const onSite = messages.filter((message) => !message.retiredAt);
  const retired = messages.filter((message) => message.retiredAt);
  const languageName = new Intl.DisplayNames([adminLocale], { type: "language" });
  const date = new Intl.DateTimeFormat(adminLocale, { dateStyle: "medium", timeZone: "UTC" });
  const statusText = (status: TextStatus | undefined) =>
    !status || status.state === "missing"
      ? t("KeyMessages.status.missing")
      : status.state === "outdated"
        ? t("KeyMessages.status.outdated", { date: date.format(status.since) })
        : t("KeyMessages.status.current");
  const notices = {
    moved: t("KeyMessages.notices.moved"),
    retired: t("KeyMessages.notices.retired"),
    restored: t("KeyMessages.notices.restored"),
    "error:unchanged": t("KeyMessages.notices.unchanged"),
  };

  const languages = (message: Message) => (
    <ul aria-label={t("KeyMessages.languages")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <li>
        <Link href={editorUrl(message.key, "en")} className="underline">
          {t("KeyMessages.editIn", { status: t("KeyMessages.status.source"), language: languageName.of("en") ?? "en" })}
        </Link>
        {message.hasDraft && <span className="ms-1 text-neutral-700">· {t("KeyMessages.draft")}</span>}
      </li>
      {message.translations.map((translation) => (
        <li key={translation.locale}>
          <Link href={editorUrl(message.key, translation.locale)} className="underline">
            {t("KeyMessages.editIn", {
              status: statusText(translation.status),
              language: languageName.of(translation.locale) ?? translation.locale,
            })}
          </Link>
          {translation.hasDraft && <span className="ms-1 text-neutral-700">· {t("KeyMessages.draft")}</span>}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="grid gap-8">
      <div>
        <h1 className="text-2xl font-bold">{t("KeyMessages.title")}</h1>
        <p className="mt-2 max-w-3xl">{t("KeyMessages.intro")}</p>
      </div>
      <Notice params={await searchParams} texts={notices} />

      <section aria-labelledby="on-site">
        <h2 id="on-site" className="text-xl font-semibold">
          {t("KeyMessages.onSite")}
        </h2>
        <ol className="mt-3 grid gap-4">
          {onSite.map((message, index) => {
            const label = t("KeyMessages.moveLabel", { number: index + 1 });
            return (
              <li
                key={message.id}
                className="rounded border border-neutral-300 p-4"
                aria-labelledby={`km-${message.id}`}
              >
                <h3 id={`km-${message.id}`} className="text-sm font-semibold text-neutral-700">
                  {t("KeyMessages.position", { number: index + 1 })}
                </h3>
                <p lang="en" dir="ltr" className="mt-1 text-lg">
                  {message.text}
                </p>
                {!message.published && <p className="mt-1 text-sm text-amber-900">{t("KeyMessages.notPublished")}</p>}
                {languages(message)}
                <div className="mt-3 flex flex-wrap gap-2">
                  {index > 0 && (
                    <MessageButton action={moveKeyMessageAction} id={message.id} field={["direction", "up"]}>
                      {[t("KeyMessages.up"), label]}
                    </MessageButton>
                  )}
                  {index < onSite.length - 1 && (
                    <MessageButton action={moveKeyMessageAction} id={message.id} field={["direction", "down"]}>
                      {[t("KeyMessages.down"), label]}
                    </MessageButton>
                  )}
                  <MessageButton action={retireKeyMessageAction} id={message.id} field={["retired", "true"]}>
                    {[t("KeyMessages.retire"), label]}
                  </MessageButton>
                </div>
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="add-title">
        <h2 id="add-title" className="text-xl font-semibold">
          {t("KeyMessages.add.title")}
        </h2>
        <div className="mt-3">
          <KeyMessageAddForm
            action={addKeyMessageAction}
            labels={{
              label: t("KeyMessages.add.label"),
              hint: t("KeyMessages.add.hint", { max: maxTextLength }),
              submit: t("KeyMessages.add.submit"),
            }}
          />
        </div>
      </section>

      <section aria-labelledby="retired-title">
        <h2 id="retired-title" className="text-xl font-semibold">
          {t("KeyMessages.retired")}
        </h2>
        {retired.length === 0 ? (
          <p className="mt-2">{t("KeyMessages.noneRetired")}</p>
        ) : (
          <ul className="mt-3 grid gap-4">
            {retired.map((message) => (
              <li key={message.id} className="rounded border border-neutral-300 bg-neutral-50 p-4">
                <p lang="en" dir="ltr">
                  {message.text}
                </p>
                <p className="mt-1 text-sm text-neutral-700">
                  {t("KeyMessages.retiredOn", { date: date.format(message.retiredAt as Date) })}{" "}
                  <Link href={editorUrl(message.key, "en")} className="underline">
                    {t("KeyMessages.editIn", {
                      status: t("KeyMessages.status.source"),
                      language: languageName.of("en") ?? "en",
                    })}
                  </Link>
                </p>
                <form action={retireKeyMessageAction} className="mt-2">
                  <input type="hidden" name="id" value={message.id} />
                  <input type="hidden" name="retired" value="false" />
                  <button type="submit" className="admin-button-secondary">
                    {t("KeyMessages.restore")}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** A one-button form acting on a key message; the button names the message for screen readers. */
function MessageButton({
  action,
  id,
  field,
  children: [text, target],
}: {
  action: (form: FormData) => Promise<void>;
  id: string;
  field: [string, string];
  children: [string, string];
}) {
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name={field[0]} value={field[1]} />
      <button type="submit" className="admin-button-secondary" aria-label={`${text}: ${target}`}>
        {text}
      </button>
    </form>
  );
}
