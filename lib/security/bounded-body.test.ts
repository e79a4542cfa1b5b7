import { describe, expect, it } from "vitest";
import { readBoundedBody, readBoundedForm } from "./bounded-body";

function chunked(bytes: number) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let sent = 0; sent < bytes; sent += 1000) controller.enqueue(new Uint8Array(Math.min(1000, bytes - sent)));
      controller.close();
    },
  });
  return new Request("http://localhost/api/logo", { method: "POST", body: stream, duplex: "half" } as RequestInit);
}

describe("readBoundedBody", () => {
  it("reads a body within the limit", async () => {
    expect((await readBoundedBody(chunked(4500), 5000))?.byteLength).toBe(4500);
  });
  it("stops a chunked body without Content-Length once it passes the limit", async () => {
    expect(await readBoundedBody(chunked(50_000), 5000)).toBeNull();
  });
  it("refuses a declared length over the limit before reading", async () => {
    const request = new Request("http://localhost/", {
      method: "POST",
      body: "x",
      headers: { "content-length": "999999" },
    });
    expect(await readBoundedBody(request, 5000)).toBeNull();
  });
});

describe("readBoundedForm", () => {
  const post = (body: BodyInit, type: string) =>
    new Request("http://localhost/api/confirm", { method: "POST", body, headers: { "content-type": type } });
  const entries = async (request: Request) => [...((await readBoundedForm(request, 8192)) ?? [])];

  it("reads a URL-encoded form as the standard does: UTF-8, + as a space, repeated names kept", async () => {
    const body = "locale=ar&token=a%2Bb+c&name=%D8%AA%D8%B9%D9%84%D9%85&commitments=1&commitments=3&empty=";
    const expected = [
      ["locale", "ar"],
      ["token", "a+b c"],
      ["name", "تعلم"],
      ["commitments", "1"],
      ["commitments", "3"],
      ["empty", ""],
    ];
    expect(await entries(post(body, "application/x-www-form-urlencoded"))).toEqual(expected);
    expect(await entries(post(body, "Application/X-WWW-Form-URLEncoded; charset=ISO-8859-1"))).toEqual(expected);
  });
  it("reads what Response.formData reads, a leading byte order mark and broken escapes included", async () => {
    const body = "\uFEFFtoken=a%ZZb&name=%C3%28&x=%";
    const standard = [
      ...(await new Response(body, { headers: { "content-type": "application/x-www-form-urlencoded" } }).formData()),
    ];
    expect(await entries(post(body, "application/x-www-form-urlencoded"))).toEqual(standard);
  });
  it("reads a multipart form, and reads a body that is not a form as an empty one", async () => {
    const form = new FormData();
    form.append("token", "abc");
    expect(await entries(new Request("http://localhost/", { method: "POST", body: form }))).toEqual([["token", "abc"]]);
    expect(await entries(post('{"token":"abc"}', "application/json"))).toEqual([]);
    expect(await entries(post("token=abc", "application/x-www-form-urlencodedx"))).toEqual([]);
  });
  it("gives null for a form over the limit", async () => {
    expect(await readBoundedForm(post(`token=${"a".repeat(9000)}`, "application/x-www-form-urlencoded"), 8192)).toBe(
      null,
    );
  });
});
