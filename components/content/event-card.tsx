import Link from "next/link";
import { formatEventRange, zoneName } from "@/lib/content/event-format";
import type { LocalisedEvent } from "@/lib/content/news.server";

export function EventCard({
  event,
  locale,
  timeLabel,
}: {
  event: LocalisedEvent;
  locale: string;
  timeLabel: (range: string, zone: string) => string;
}) {
  const range = formatEventRange(event, locale);
  return (
    <article className="rounded-lg border border-neutral-200 p-4">
      <h3 className="text-lg font-semibold" lang={event.textLocale}>
        <Link
          href={`/${locale}/events/${event.slug}`}
          prefetch={false}
          className="text-brand underline-offset-4 hover:underline"
        >
          {event.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-neutral-700">
        <time dateTime={event.startsAt.toISOString()}>
          {timeLabel(range, zoneName(event.timeZone, event.startsAt, locale))}
        </time>
      </p>
      <p className="mt-2" lang={event.textLocale}>
        {event.summary}
      </p>
    </article>
  );
}
