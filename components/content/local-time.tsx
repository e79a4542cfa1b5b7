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
    try {
      const format = new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "long",
        day: "numeric",
        hour: "numeric",
        minute: "2-digit",
        timeZoneName: "short",
      });
      setText(template.replace("{range}", format.formatRange(new Date(start), new Date(end))));
    } catch {
      // An old browser without formatRange keeps the organisers' time only.
    }
  }, [start, end, locale, template]);
  return text ? <p className="text-neutral-700">{text}</p> : null;
}
