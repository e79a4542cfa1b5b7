import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { createSelfRequest } from "./self-request.mjs";

const request = (headers: Record<string, string>, method = "GET") =>
  ({ method, headers }) as unknown as IncomingMessage;

describe("the instance's request to itself", () => {
  const own = createSelfRequest(3000, "0.0.0.0");
  const [name, secret] = own.header;

  it("is known by its secret header, on a GET only", () => {
    expect(own.isSelf(request({ [name]: secret }))).toBe(true);
    expect(own.isSelf(request({ [name]: secret }, "POST"))).toBe(false);
    expect(own.isSelf(request({}))).toBe(false);
    expect(own.isSelf(request({ [name]: `${secret.slice(1)}x` }))).toBe(false);
  });

  it("refuses, without throwing, a header as long in characters but not in bytes", () => {
    expect(own.isSelf(request({ [name]: "é".repeat(secret.length) }))).toBe(false);
  });

  it("reaches the instance over the loopback when it listens on every address", () => {
    expect(own.origin).toBe("http://127.0.0.1:3000");
    expect(createSelfRequest(3001, "::1").origin).toBe("http://[::1]:3001");
  });
});
