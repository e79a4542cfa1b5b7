import Link from "next/link";
import type { ReactNode } from "react";
import { Markdown } from "./markdown";

/** The top of a news article or event page: the way back, the title and, when shown in English
 *  instead of the visitor's language, a note saying so. */
export function ArticleHeading({
  backHref,
  backLabel,
  title,
  lang,
  fallbackNote,
  children,
}: {
  backHref: string;
  backLabel: string;
  title: string;
  lang: string;
  fallbackNote?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <p>
        <Link href={backHref} prefetch={false} className="text-brand underline">
          {backLabel}
        </Link>
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand md:text-4xl" lang={lang} dir="auto">
        {title}
      </h1>
      {children}
      {fallbackNote && (
        <p className="mt-4 rounded-md bg-neutral-100 p-3" role="note">
          {fallbackNote}
        </p>
      )}
    </>
  );
}

type Cover = { sha256: string; width: number; height: number } | null;

/** The cover image (decorative), summary and Markdown body of a news article or event. */
export function ArticleBody({
  summary,
  body,
  lang,
  cover,
}: {
  summary: string;
  body: string;
  lang: string;
  cover?: Cover;
}) {
  return (
    <>
      {cover && (
        // biome-ignore lint/performance/noImgElement: a small processed image from our own route
        <img
          src={`/media/${cover.sha256}`}
          alt=""
          width={cover.width}
          height={cover.height}
          loading="lazy"
          className="mt-6 h-auto max-h-80 w-auto max-w-full rounded"
        />
      )}
      <p className="mt-6 text-lg font-medium" lang={lang} dir="auto">
        {summary}
      </p>
      <div className="mt-4">
        <Markdown lang={lang}>{body}</Markdown>
      </div>
    </>
  );
}
