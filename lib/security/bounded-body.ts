/**
 * The request body, or null once it grows past `maxBytes`: a Content-Length header can be left out
 * (chunked uploads) or lie, so the bytes themselves are counted.
 */
export async function readBoundedBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes || !request.body) return declared > maxBytes ? null : new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The request's form, whatever its encoding, or null once the body grows past `maxBytes`. A body that
 * is not a form reads as an empty one: the caller answers it as a form with nothing filled in.
 */
export async function readBoundedForm(request: Request, maxBytes: number): Promise<FormData | null> {
  const body = await readBoundedBody(request, maxBytes);
  if (body === null) return null;
  if (body.byteLength === 0) return new FormData();
  const type = request.headers.get("content-type") ?? "";
  // The buttons of emailed links post this encoding, hundreds a second on launch day: read as the
  // standard reads it (UTF-8, whatever charset is named) without a Response around it.
  if (/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    const form = new FormData();
    for (const [name, value] of new URLSearchParams(new TextDecoder("utf-8", { ignoreBOM: true }).decode(body)))
      form.append(name, value);
    return form;
  }
  return new Response(body as Uint8Array<ArrayBuffer>, { headers: { "content-type": type } })
    .formData()
    .catch(() => new FormData());
}
