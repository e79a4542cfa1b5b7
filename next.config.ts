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
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  // PGlite and the schema engine load WebAssembly from their packages at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/schema-engine-wasm"],
};

export default withNextIntl(nextConfig);
