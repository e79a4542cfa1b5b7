import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { htmlAnswer, passStoredEncodings } from "./stored-encoding.server";

const html = `<!doctype html><p>${"Adult learning and education. ".repeat(200)}</p>`;
const request = (acceptEncoding?: string) =>
  new Request("http://localhost/en/endorsers?q=x", {
    headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
  });

describe("a page compressed whole", () => {
  it("is sent as it is until the hook that passes its encoding runs", async () => {
    const response = await htmlAnswer(request("gzip"), html, { "Cache-Control": "private, no-store" });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe(html);
  });

  it("is gzip, with its length, to a client that takes gzip, and as it is to one that does not", async () => {
    passStoredEncodings();
    const response = await htmlAnswer(request("br;q=1, gzip;q=0.5"), html, { "Cache-Control": "private, no-store" });
    const body = Buffer.from(await response.arrayBuffer());
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("x-stored-content-encoding")).toBe("gzip");
    expect(response.headers.get("content-length")).toBe(String(body.length));
    expect(response.headers.get("x-stored-content-length")).toBe(String(body.length));
    expect(response.headers.get("vary")).toBe("Accept-Encoding");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(body.length).toBeLessThan(html.length / 10);
    expect(gunzipSync(body).toString()).toBe(html);

    for (const refused of [undefined, "identity", "gzip;q=0, br"]) {
      const plain = await htmlAnswer(request(refused), html, {});
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(plain.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await plain.text()).toBe(html);
    }
  });
});
