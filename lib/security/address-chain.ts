// The chain of addresses a request came through, recorded from the socket itself (see
// socket-peer.server.ts): the X-Forwarded-For entries as received, then the socket's peer.

/** Request header the server writes on every request; a copy sent by a client is overwritten. */
export const addressChainHeader = "x-ale-address-chain";

export function addressChain(forwardedFor: string | string[] | undefined, peer: string | undefined): string {
  const forwarded = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  return [...forwarded.split(","), peer ?? ""]
    .map((entry) => entry.trim())
    .filter(Boolean)
    .join(", ");
}

/**
 * Rate-limit key for an address: IPv4 as is, IPv6 by its /64 (one subscriber's whole range), so
 * rotating through a home's 2^64 addresses does not dodge a limit.
 */
export function addressKey(address: string): string {
  const value = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\](:\d+)?$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
  if (mapped) return mapped[1];
  if (!value.includes(":") || /^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) return value.replace(/:\d+$/, "").slice(0, 64);
  const [head, tail = ""] = value.split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = value.includes("::") && tail ? tail.split(":") : [];
  const groups = value.includes("::")
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((group) => (Number.parseInt(group, 16) || 0).toString(16))
    .join(":")}::/64`;
}

/**
 * The client's address: `hops` entries from the right of the chain (0 = the socket's peer, 1 = what
 * the one trusted proxy appended, …). Entries further left were written by the client and are
 * never trusted; a chain shorter than `hops` gives its leftmost entry.
 */
export function pickAddress(chain: string, hops: number): string {
  const entries = chain
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const entry = entries[Math.max(0, entries.length - 1 - hops)];
  return entry ? addressKey(entry) : "unknown";
}
