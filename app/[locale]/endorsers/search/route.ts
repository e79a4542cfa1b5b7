import { wallResultsHtml, wallResultsMarks } from "@/components/endorse/wall-results";
import { wallTexts } from "@/components/endorse/wall-texts.server";
import { isLocale } from "@/i18n/routing";
import { listWall, parseWallFilters } from "@/lib/endorsements/wall.server";
import { pageShell } from "@/lib/http/page-shell.server";
import { unavailableResponse } from "@/lib/http/plain-pages";
import { shellAnswer } from "@/lib/http/stored-encoding.server";

// A search, a filter or a deeper page of the wall, at /<locale>/endorsers?…: the wall's own page with
// its results part written for this query, and no React render per search (decision 035). The page
// is served without scripts; it needs none. scripts/server.mjs hands a GET here directly (decision
// 041); proxy.ts rewrites the rest here (HEAD, and everything under `next dev`).
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const filters = parseWallFilters(Object.fromEntries(url.searchParams));
  const [wall, texts, shell] = await Promise.all([
    listWall(filters),
    wallTexts(locale),
    pageShell(`/${locale}/endorsers`, wallResultsMarks, `http://${url.host}`).catch(() => null),
  ]);
  if (!shell) return unavailableResponse(locale, 5);
  return shellAnswer(request, shell, wallResultsHtml({ locale, filters, ...wall }, texts), {
    "Cache-Control": "private, no-store",
  });
}
