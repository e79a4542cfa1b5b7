import { describe, expect, it } from "vitest";
import { readBoundedBody } from "./bounded-body";

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
