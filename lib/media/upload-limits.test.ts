import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import nextConfig from "../../next.config";
import { formBodyLimitBytes, maxUploadBytes } from "./upload-limits";

describe("upload limits", () => {
  it("lets a form carry a logo several times over the logo limit, so the form can refuse it", () => {
    expect(formBodyLimitBytes).toBeGreaterThanOrEqual(5 * maxUploadBytes);
  });

  it("is the server-action body limit", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(formBodyLimitBytes);
  });

  it("agrees with nginx, so nginx does not answer 413 before the form can", () => {
    const config = readFileSync("deploy/nginx/we-are-ale.conf", "utf8");
    const sizes = [...config.matchAll(/client_max_body_size\s+(\d+)m;/g)].map(
      (match) => Number(match[1]) * 1024 * 1024,
    );
    expect(sizes).toEqual([formBodyLimitBytes]);
  });
});
