import "server-only";
import { headers } from "next/headers";

/**
 * The caller's address for rate limits: the last X-Forwarded-For entry, which is the one the reverse
 * proxy in front of the app (nginx with proxy_add_x_forwarded_for) appended. Earlier entries come
 * from the client and could be forged to dodge the limits.
 */
export function ipFromHeaders(list: Headers): string {
  const forwarded = list.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || list.get("x-real-ip") || "local";
}

export async function clientIp(): Promise<string> {
  return ipFromHeaders(await headers());
}
