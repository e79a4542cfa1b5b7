import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, findChromium } from "./tests/support/browser";
import { testDataKey } from "./tests/support/data-key";

// `npm test` builds the site and prepares these folders; `npm run test:e2e` alone reuses them.
const port = Number(process.env.E2E_PORT ?? 3100);
const postgresPort = port + 1;
const e2eDatabaseUrl = process.env.E2E_DATABASE_URL;

const launchOptions = { executablePath: findChromium(), args: chromiumArgs };

function server(portNumber: number, extraEnv: Record<string, string>) {
  return {
    command: `npx tsx scripts/start.ts --skip-build --port ${portNumber}`,
    url: `http://localhost:${portNumber}/en`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: { SEED_DEMO: "1", SITE_URL: `http://localhost:${portNumber}`, ...extraEnv },
  };
}

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: { trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${port}`, launchOptions } },
    ...(e2eDatabaseUrl
      ? [
          {
            name: "chromium-postgres",
            grep: /@smoke/,
            use: { ...devices["Desktop Chrome"], baseURL: `http://localhost:${postgresPort}`, launchOptions },
          },
        ]
      : []),
  ],
  webServer: [
    server(port, { DATA_DIR: ".tmp/e2e-data", DATABASE_URL: "" }),
    ...(e2eDatabaseUrl
      ? [server(postgresPort, { DATA_DIR: ".tmp/e2e-data-pg", DATABASE_URL: e2eDatabaseUrl, DATA_KEY: testDataKey })]
      : []),
  ],
});
