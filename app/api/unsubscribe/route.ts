import { unsubscribePage } from "@/lib/updates/unsubscribe-page";
import { unsubscribe } from "@/lib/updates/updates.server";

// The List-Unsubscribe link of every campaign update (RFC 8058). POST unsubscribes at once: the
// mail program's one-click request (body "List-Unsubscribe=One-Click") or the button of the page GET
// shows. A replay answers the same and changes nothing; an altered link gets 400 and changes nothing.

const html = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "no-store",
      "Referrer-Policy": "no-referrer",
    },
  });

export async function GET(request: Request) {
  const url = new URL(request.url);
  const token = url.searchParams.get("t");
  const locale = url.searchParams.get("l");
  if (!token) return html(unsubscribePage(locale, "invalid"), 400);
  return html(unsubscribePage(locale, "ask", `${url.pathname}${url.search}`));
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  const done = await unsubscribe(url.searchParams.get("t") ?? "");
  return html(unsubscribePage(url.searchParams.get("l"), done ? "done" : "invalid"), done ? 200 : 400);
}
