import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { formBodyLimitBytes } from "./lib/media/upload-limits";
import { commonHeaders, publicHeaders } from "./lib/security/request-guard";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Rendered pages are cached in each server's memory, not in .next/ on disk.
  cacheHandler: fileURLToPath(new URL("./lib/cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Without JavaScript a logo travels with the form: an oversized one must reach the form reader,
  // which refuses it and keeps what was typed (decision 017).
  experimental: { serverActions: { bodySizeLimit: formBodyLimitBytes }, authInterrupts: true },
  // PGlite and the schema engine load WebAssembly from their packages at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
  // What a cached public page may be served stale for, by a CDN (stale-while-revalidate = this minus
  // the page's revalidate time) and by this server's own cache (then it re-renders before answering).
  // Next's default, a year, would let a CDN serve a withdrawn endorsement for a year.
  expireTime: 180,
  // Every visitor gets the page's title, description and share tags in its <head>, as Next.js gives
  // the crawlers it knows: streamed later, they wait for a script to move them, and public pages are
  // sent without scripts (decision 036). Only a request without any User-Agent still streams them.
  htmlLimitedBots: /./,
};

// Security headers on every response (lib/security/request-guard.ts).
// The staff area gets a per-request nonce policy from proxy.ts instead (decision 011); processed
// images keep their own `default-src 'none'` (app/media/[sha256]/route.ts).
nextConfig.headers = async () => [
  { source: "/admin/:path*", headers: commonHeaders },
  { source: "/admin", headers: commonHeaders },
  { source: "/media/:path*", headers: commonHeaders },
  {
    source: "/((?!admin|media/).*)",
    headers: publicHeaders,
  },
];

export default withNextIntl(nextConfig);
