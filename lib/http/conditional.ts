// Content negotiation and conditional requests for files served as they are stored (the open-data
// snapshots): which stored encoding to send, and whether the client already has the version.

export type ContentEncoding = "br" | "gzip" | "identity";

/**
 * The best of `offered` (in the server's order of preference) that Accept-Encoding allows, by its
 * q-values; else "identity", even when refused (RFC 9110 lets a server send it rather than a 406).
 */
export function preferredEncoding(
  acceptEncoding: string | null,
  offered: readonly ContentEncoding[] = ["br", "gzip", "identity"],
): ContentEncoding {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? "").split(",")) {
    const [raw, ...parameters] = part.toLowerCase().split(";");
    const name = raw.trim();
    if (!name) continue;
    const q = parameters.find((p) => /^\s*q\s*=/.test(p));
    if (q === undefined) weights.set(name, 1);
    else {
      // An entry with a malformed weight is left out, as if the client had not sent it.
      const value = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/.exec(q)?.[1];
      if (value !== undefined && Number(value) <= 1) weights.set(name, Number(value));
    }
  }
  // Unnamed, "identity" comes last: a client that accepts a compression is sent it.
  const weight = (encoding: ContentEncoding) =>
    weights.get(encoding) ?? (encoding === "identity" ? 0.0001 : (weights.get("*") ?? 0));
  const acceptable = offered.filter((encoding) => weight(encoding) > 0);
  let best: ContentEncoding = "identity";
  let bestWeight = 0;
  for (const encoding of acceptable) {
    if (weight(encoding) > bestWeight) {
      best = encoding;
      bestWeight = weight(encoding);
    }
  }
  return best;
}

export { hasVersion } from "./entity-tags.mjs";
