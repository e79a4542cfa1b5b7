import { logoUploadLimit, maxUploadBytes, processLogo, storeImage } from "@/lib/media/images.server";
import { readBoundedBody } from "@/lib/security/bounded-body";
import { clientIp } from "@/lib/security/client-ip.server";
import { consume } from "@/lib/security/rate-limit.server";

// Logo upload with progress for the endorsement form (with JavaScript). Without JavaScript the
// file travels with the form itself. Either way it is decoded and re-encoded before it is kept.
export async function POST(request: Request) {
  if (!(await consume([logoUploadLimit(await clientIp())]))) {
    return Response.json({ error: "rateLimited" }, { status: 429 });
  }
  const body = await readBoundedBody(request, maxUploadBytes + 64 * 1024);
  if (!body) return Response.json({ error: "logoTooLarge" }, { status: 413 });
  let file: FormDataEntryValue | null = null;
  try {
    const type = request.headers.get("content-type") ?? "";
    file = (await new Response(Buffer.from(body), { headers: { "content-type": type } }).formData()).get("logo");
  } catch {
    return Response.json({ error: "logoUnreadable" }, { status: 400 });
  }
  if (!(file instanceof File)) return Response.json({ error: "logoUnreadable" }, { status: 400 });
  const processed = await processLogo(Buffer.from(await file.arrayBuffer()));
  if ("error" in processed) {
    if (processed.error === "busy")
      return Response.json({ error: "busy" }, { status: 503, headers: { "Retry-After": "30" } });
    return Response.json({ error: processed.error }, { status: 422 });
  }
  const { sha256 } = await storeImage(processed);
  return Response.json({ sha256 });
}
