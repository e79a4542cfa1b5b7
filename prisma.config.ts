import { defineConfig } from "prisma/config";

// Used by `prisma generate` (wrapped in scripts/prisma-generate.ts). Migrations go through
// scripts/db.ts and the WebAssembly schema engine, so no database URL is needed here.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
