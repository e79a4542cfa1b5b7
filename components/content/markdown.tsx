import ReactMarkdown from "react-markdown";

/** Renders staff-written Markdown; raw HTML is dropped, never rendered. */
export function Markdown({ children, lang }: { children: string; lang?: string }) {
  return (
    <div className="prose-campaign" lang={lang} dir="auto">
      <ReactMarkdown skipHtml>{children}</ReactMarkdown>
    </div>
  );
}
