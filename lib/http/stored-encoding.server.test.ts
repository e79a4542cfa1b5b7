import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { passStoredEncodings, shellAnswer } from "./stored-encoding.server";

const shell = {
  before: `<!doctype html><h1>Endorsers</h1><p>${"Adult learning and education. ".repeat(200)}`,
  after: "</p>",
};
const part = "<ul><li>Ghana Learning Network – Accra</li></ul>";
const html = shell.before + part + shell.after;
const request = (acceptEncoding?: string) =>
  new Request("http://localhost/en/endorsers?q=x", {
    headers: acceptEncoding ? { "accept-encoding": acceptEncoding } : {},
  });

describe("a part set into a page shell", () => {
  it("is sent as it is until the hook that passes its encoding runs", async () => {
    const response = shellAnswer(request("gzip"), shell, part, { "Cache-Control": "private, no-store" });
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(await response.text()).toBe(html);
  });

  it("is gzip, with its length, to a client that takes gzip, and as it is to one that does not", async () => {
    passStoredEncodings();
    const response = shellAnswer(request("br;q=1, gzip;q=0.5"), shell, part, { "Cache-Control": "private, no-store" });
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
      const plain = shellAnswer(request(refused), shell, part, {});
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(plain.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(await plain.text()).toBe(html);
    }
  });

  it("sets each answer's part into the shell it is given, however many answers a shell serves", async () => {
    passStoredEncodings();
    const unzipped = async (response: Response) => gunzipSync(Buffer.from(await response.arrayBuffer())).toString();
    const gzip = request("gzip");
    expect(await unzipped(shellAnswer(gzip, shell, "<p>one</p>", {}))).toBe(`${shell.before}<p>one</p>${shell.after}`);
    expect(await unzipped(shellAnswer(gzip, shell, "<p>two</p>", {}))).toBe(`${shell.before}<p>two</p>${shell.after}`);
    // A fresh copy of the page (a new object) is compressed anew, never answered with the old start.
    const fresher = { before: shell.before.replace("Endorsers", "Endorsers: 100,001"), after: shell.after };
    expect(await unzipped(shellAnswer(gzip, fresher, "<p>two</p>", {}))).toBe(
      `${fresher.before}<p>two</p>${fresher.after}`,
    );
  });
});
