import { findImage } from "@/lib/media/images.server";

// Images are addressed by the hash of their bytes, so a URL's content never changes.
export async function GET(_request: Request, { params }: { params: Promise<{ sha256: string }> }) {
  const { sha256 } = await params;
  const image = await findImage(sha256);
  if (!image) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(image.bytes), {
    headers: {
      "Content-Type": image.contentType,
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
