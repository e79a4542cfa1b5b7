import Link from "next/link";
import { notFound } from "next/navigation";
import { saveEventAction, saveNewsAction } from "@/lib/content/admin-actions";
import { getEventForAdmin, getNewsForAdmin } from "@/lib/content/editor.server";
import { idPattern } from "@/lib/ids";
import { eventFields, newsFields } from "./content-fields";
import { DeleteContent } from "./delete-content";
import { EditorForm } from "./editor-form";
import { Notice } from "./notice";

const kinds = {
  news: {
    list: "/admin/news",
    public: "/en/news",
    back: "← All news",
    create: "Write a news item",
    load: getNewsForAdmin,
  },
  event: {
    list: "/admin/events",
    public: "/en/events",
    back: "← All events",
    create: "Add an event",
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
  const item = id === "new" ? null : idPattern.test(id) ? await config.load(id) : null;
  if (id !== "new" && !item) notFound();
  const title = item?.translations.find((t) => t.locale === "en")?.title ?? item?.translations[0]?.title;
  return (
    <div className="grid gap-6">
      <p>
        <Link href={config.list} className="admin-link">
          {config.back}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{item ? `Edit: ${title}` : config.create}</h1>
      <Notice
        params={params}
        texts={{
          saved: "Saved. Published changes are on the public site within a second.",
          "error:confirm": "Tick the box to confirm the deletion.",
        }}
      />
      {item?.status === "PUBLISHED" && (
        <p>
          <a href={`${config.public}/${item.slug}`} className="admin-link">
            See it on the site
          </a>
        </p>
      )}
      {item?.coverImage && (
        // biome-ignore lint/performance/noImgElement: processed image served by our own route
        <img src={`/media/${item.coverImage.sha256}`} alt="Current cover" className="max-h-40 w-auto" />
      )}
      {kind === "news" ? (
        <EditorForm
          action={saveNewsAction}
          fields={newsFields(item && "publishedAt" in item ? item : undefined)}
          hidden={item ? { id: item.id } : undefined}
          submitLabel={item ? "Save" : "Create"}
          oneGroupAtATime
          preview
        />
      ) : (
        <EditorForm
          action={saveEventAction}
          fields={eventFields(item && "startsAt" in item ? item : undefined)}
          hidden={item ? { id: item.id } : undefined}
          submitLabel={item ? "Save" : "Create"}
          oneGroupAtATime
          preview
        />
      )}
      {item && <DeleteContent id={item.id} kind={kind} title={title ?? item.slug} />}
    </div>
  );
}
