"use client";

import { useEffect, useState } from "react";

/**
 * The event's time in the visitor's own zone. Only the browser knows that zone, so this renders
 * nothing on the server (the page already shows the organisers' time) and fills in on load.
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
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZoneName: "short" });
    setText(template.replace("{range}", format.formatRange(new Date(start), new Date(end))));
  }, [start, end, locale, template]);
  return text ? <p className="text-neutral-700">{text}</p> : null;
}
