import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { publicPolicy } from "./lib/security/request-guard";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Rendered pages are cached in each server's memory, not in .next/ on disk.
  cacheHandler: fileURLToPath(new URL("./lib/cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Room for a 2 MB logo sent with the endorsement form (without JavaScript).
  experimental: { serverActions: { bodySizeLimit: "3mb" }, authInterrupts: true },
  // PGlite and the schema engine load WebAssembly from their packages at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
};

// Security headers on every response (decisions 008, 011).
const commonHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  ...(process.env.SITE_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

// The staff area gets a per-request nonce policy from proxy.ts instead (decision 011).
nextConfig.headers = async () => [
  { source: "/admin/:path*", headers: commonHeaders },
  { source: "/admin", headers: commonHeaders },
  {
    source: "/((?!admin).*)",
    headers: [{ key: "Content-Security-Policy", value: publicPolicy }, ...commonHeaders],
  },
];

export default withNextIntl(nextConfig);
