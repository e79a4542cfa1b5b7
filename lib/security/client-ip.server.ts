import "server-only";
import { headers } from "next/headers";

/** The caller's address as the reverse proxy reports it (first X-Forwarded-For hop), for rate limits. */
export async function clientIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "local";
}
