import path from "node:path";
import { defineConfig } from "vitest/config";
import { testDataKey } from "./tests/support/data-key.ts";

const emptyModule = path.resolve(import.meta.dirname, "tests/support/empty-module.ts");
const failOnConsoleError = path.resolve(import.meta.dirname, "tests/support/console-errors.ts");
const progress = path.resolve(import.meta.dirname, "tests/support/progress-reporter.ts");

export default defineConfig({
  resolve: {
    alias: { "server-only": emptyModule, "@": import.meta.dirname },
  },
  test: {
    reporters: process.env.CI ? ["default", progress] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts?(x)", "scripts/**/*.test.ts"],
          setupFiles: [failOnConsoleError],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          setupFiles: [failOnConsoleError],
          env: { DATA_KEY: testDataKey },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "resilience",
          include: ["tests/resilience/**/*.test.ts"],
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
