import { isLocale } from "@/i18n/routing";
import { eventToIcs } from "@/lib/content/event-format";
import { getEvent } from "@/lib/content/news.server";
import { env } from "@/lib/env.server";

export const revalidate = 300;

// Rendered on first request, then cached (nothing reads the database at build time).
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const event = isLocale(locale) ? await getEvent(slug, locale) : undefined;
  if (!event) return new Response("Not found", { status: 404 });
  const ics = eventToIcs({ ...event, url: `${env().SITE_URL}/${locale}/events/${slug}` });
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${slug}.ics"`,
    },
  });
}
