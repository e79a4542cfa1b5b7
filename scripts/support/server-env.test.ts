import { describe, expect, it } from "vitest";
import { serverEnv } from "./server-env";

const environment = (values: Record<string, string>) => ({ NODE_ENV: "production", ...values }) as NodeJS.ProcessEnv;

describe("the environment npm start gives the server", () => {
  it("names the port it serves as the site's address when SITE_URL is not set", () => {
    expect(serverEnv("3555", environment({})).SITE_URL).toBe("http://localhost:3555");
    expect(serverEnv("3555", environment({ SITE_URL: "" })).SITE_URL).toBe("http://localhost:3555");
  });

  it("keeps a SITE_URL that is set, and the caller's own settings", () => {
    const env = serverEnv("3000", environment({ SITE_URL: "https://weareale.org", UV_THREADPOOL_SIZE: "4" }));
    expect(env.SITE_URL).toBe("https://weareale.org");
    expect(env.UV_THREADPOOL_SIZE).toBe("4");
    expect(env.MALLOC_ARENA_MAX).toBe("2");
  });
});
