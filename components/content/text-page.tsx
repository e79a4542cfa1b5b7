import type { ReactNode } from "react";

/** A simple page of prose: a title, sections with headings, paragraphs or lists. */
export function TextPage({
  title,
  intro,
  note,
  children,
}: {
  title: string;
  intro?: string;
  /** Says that some of the text is shown in English for want of a translation. */
  note?: string;
  children: ReactNode;
}) {
  return (
    <article className="max-w-3xl">
      <h1 className="page-title">{title}</h1>
      {note && <p className="mt-2 text-sm text-neutral-700">{note}</p>}
      {intro && <p className="mt-4 text-lg">{intro}</p>}
      {children}
    </article>
  );
}

export function TextSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="section-title">{title}</h2>
      <div className="mt-2 grid gap-2">{children}</div>
    </section>
  );
}
