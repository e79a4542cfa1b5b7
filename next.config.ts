import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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

// Baseline security headers on every response. The CSP still allows inline scripts because the
// App Router streams its data in inline <script> tags; nonces (or hashes) come with #6.
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join("; ");

nextConfig.headers = async () => [
  {
    source: "/:path*",
    headers: [
      { key: "Content-Security-Policy", value: contentSecurityPolicy },
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
      ...(process.env.SITE_URL?.startsWith("https://")
        ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
        : []),
    ],
  },
];

export default withNextIntl(nextConfig);
