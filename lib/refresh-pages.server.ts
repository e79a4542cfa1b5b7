import "server-only";

/**
 * Drops this instance's cached copies of the given routes (e.g. "/[locale]/news") so the next visitor
 * sees the change at once; other instances catch up within the pages' revalidate time (60 s).
 * A no-op outside a Next.js server (command-line scripts).
 */
export async function refreshPages(routes: string[]) {
  try {
    const { revalidatePath } = await import("next/cache");
    for (const route of routes) revalidatePath(route, "page");
  } catch {
    // Called from a script: pages refresh within their revalidate time.
  }
}
