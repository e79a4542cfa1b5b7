import "server-only";
import { headers } from "next/headers";
import { env } from "../env.server";
import { addressChainHeader, pickAddress } from "./address-chain";

let warned = false;

/**
 * The caller's address for rate limits, TRUST_PROXY hops from the right of the recorded address chain
 * (0: the socket's peer). Next.js alone cannot give it: its server sets X-Forwarded-For to the socket
 * address only when the request has none, so a client's own header would hide the socket. The chain
 * header is written from the socket by socket-peer.server.ts, before Next.js sees the request.
 */
export function ipFromHeaders(list: Headers, trustProxy: number = env().TRUST_PROXY): string {
  const chain = list.get(addressChainHeader);
  if (chain !== null) return pickAddress(chain, trustProxy);
  if (!warned) {
    warned = true;
    console.warn("[client-ip] no socket address recorded (instrumentation did not run); using X-Forwarded-For");
  }
  return pickAddress(list.get("x-forwarded-for") ?? "", trustProxy);
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
