import Link from "next/link";
import { formatEventRange, zoneName } from "@/lib/content/event-format";
import type { LocalisedEvent } from "@/lib/content/news.server";

export function EventCard({
  event,
  locale,
  timeLabel,
  headingLevel = 3,
}: {
  event: LocalisedEvent;
  locale: string;
  timeLabel: (range: string, zone: string) => string;
  headingLevel?: 2 | 3;
}) {
  const Heading = `h${headingLevel}` as const;
  const range = formatEventRange(event, locale);
  return (
    <article className="card h-full">
      <Heading className="text-xl font-bold text-brand-dark" lang={event.textLocale} dir="auto">
        <Link
          href={`/${locale}/events/${event.slug}`}
          prefetch={false}
          className="text-brand underline-offset-4 hover:underline"
        >
          {event.title}
        </Link>
      </Heading>
      <p className="mt-1 text-sm text-neutral-700">
        <time dateTime={event.startsAt.toISOString()}>
          {timeLabel(range, zoneName(event.timeZone, event.startsAt, locale))}
        </time>
      </p>
      <p className="mt-2" lang={event.textLocale} dir="auto">
        {event.summary}
      </p>
    </article>
  );
}
