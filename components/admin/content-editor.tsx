import Link from "next/link";
import { notFound } from "next/navigation";
import { saveEventAction, saveNewsAction } from "@/lib/content/admin-actions";
import { getEventForAdmin, getNewsForAdmin } from "@/lib/content/editor.server";
import { idPattern } from "@/lib/ids";
import { adminTranslations } from "@/lib/staff/admin-i18n.server";
import { eventFields, newsFields } from "./content-fields";
import { DeleteContent } from "./delete-content";
import { EditorForm } from "./editor-form";
import { Notice } from "./notice";

const kinds = {
  news: {
    list: "/admin/news",
    public: "news",
    back: "Content.news.back",
    create: "Content.news.create",
    load: getNewsForAdmin,
  },
  event: {
    list: "/admin/events",
    public: "events",
    back: "Content.events.back",
    create: "Content.events.create",
    load: getEventForAdmin,
  },
} as const;

/** The editor of one news item or event ("new" creates one). The page calls requireStaff first. */
export async function ContentEditor({
  kind,
  id,
  params,
}: {
  kind: "news" | "event";
  id: string;
  params: Record<string, string | undefined>;
}) {
  const config = kinds[kind];
  const { locale, t } = await adminTranslations();
  const item = id === "new" ? null : idPattern.test(id) ? await config.load(id) : null;
  if (id !== "new" && !item) notFound();
  const title = item?.translations.find((t) => t.locale === "en")?.title ?? item?.translations[0]?.title;
  return (
    <div className="grid gap-6">
      <p>
        <Link href={config.list} className="admin-link">
          {t(config.back)}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">
        {item ? t("Content.editTitle", { title: title ?? item.slug }) : t(config.create)}
      </h1>
      <Notice
        params={params}
        texts={{
          saved: t("Content.notices.saved"),
          "error:confirm": t("Content.notices.confirm"),
        }}
      />
      {item?.status === "PUBLISHED" && (
        <p>
          <a href={`/${locale}/${config.public}/${item.slug}`} className="admin-link">
            {t("Content.seeOnSite")}
          </a>
        </p>
      )}
      {item?.coverImage && (
        // biome-ignore lint/performance/noImgElement: processed image served by our own route
        <img src={`/media/${item.coverImage.sha256}`} alt={t("Content.currentCover")} className="max-h-40 w-auto" />
      )}
      {kind === "news" ? (
        <EditorForm
          action={saveNewsAction}
          fields={newsFields(t, locale, item && "publishedAt" in item ? item : undefined)}
          hidden={item ? { id: item.id } : undefined}
          submitLabel={item ? t("Content.save") : t("Content.create")}
          oneGroupAtATime
          preview
        />
      ) : (
        <EditorForm
          action={saveEventAction}
          fields={eventFields(t, locale, item && "startsAt" in item ? item : undefined)}
          hidden={item ? { id: item.id } : undefined}
          submitLabel={item ? t("Content.save") : t("Content.create")}
          oneGroupAtATime
          preview
        />
      )}
      {item && <DeleteContent id={item.id} kind={kind} title={title ?? item.slug} />}
    </div>
  );
}
