import { keptScriptAttribute } from "@/lib/http/scriptless-pages.mjs";

/**
 * The event's time in the visitor's own zone. Only the browser knows that zone, so the server
 * writes an empty, hidden paragraph (the page already shows the organisers' time) and a small
 * plain script fills it in on load: the page is sent without React's scripts (decision 036).
 */
export function LocalTime({
  start,
  end,
  locale,
  template,
}: {
  start: string;
  end: string;
  locale: string;
  template: string;
}) {
  return (
    <>
      <p
        hidden
        className="text-neutral-700"
        data-local-time=""
        data-start={start}
        data-end={end}
        data-locale={locale}
        data-template={template}
      />
      <script src="/scripts/local-time.js" defer {...{ [keptScriptAttribute]: "" }} />
    </>
  );
}
