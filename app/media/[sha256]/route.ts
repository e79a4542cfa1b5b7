import { findImage } from "@/lib/media/images.server";
import { manageSessionEndorsementId } from "@/lib/security/manage-session.server";
import { currentStaff } from "@/lib/staff/session.server";

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });

// Images are addressed by the hash of their bytes. One is served only while a public record shows it
// (or to staff and its own endorser), with a short cache life, so a logo taken off the wall stops
// being served within minutes everywhere and at once here.
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  const image = await findImage(sha256);
  if (!image) return notFound();
  if (image.visibility === "restricted") {
    const owner = await manageSessionEndorsementId();
    const allowed = (owner && image.endorsementIds.includes(owner)) || (await currentStaff());
    if (!allowed) return notFound();
  }
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": image.visibility === "public" ? "public, max-age=300, s-maxage=60" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
