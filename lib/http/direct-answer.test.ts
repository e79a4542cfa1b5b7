import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerDirectly } from "./direct-answer.mjs";

type Routes = (method: string, url: URL, headers: Headers) => ((request: Request) => Promise<Response | null>) | null;
const shared = globalThis as { weAreAleDirectRoutes?: Routes };
let server: Server | undefined;

/** A real HTTP server answering as scripts/server.mjs does, with "Next.js" answering 418. */
async function serve(routes: Routes | undefined) {
  shared.weAreAleDirectRoutes = routes;
  server = createServer((req, res) =>
    answerDirectly(req, res, () => {
      req.resume();
      res.writeHead(418).end("next");
    }),
  );
  await new Promise<void>((ready) => server?.listen(0, "127.0.0.1", ready));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  shared.weAreAleDirectRoutes = undefined;
  server?.closeAllConnections();
  await new Promise((closed) => server?.close(closed));
  server = undefined;
});

describe("answers handed to a route directly (decision 041)", () => {
  it("gives the route the method, address, headers and body, and sends its status, headers and body", async () => {
    const seen: { method: string; url: string; header: string | null; body: string }[] = [];
    const base = await serve((method, url) =>
      method === "POST" && url.pathname === "/api/confirm"
        ? async (request) => {
            seen.push({
              method: request.method,
              url: request.url,
              header: request.headers.get("x-address-chain"),
              body: await request.text(),
            });
            return new Response("done", {
              status: 303,
              headers: [
                ["Location", "/en/endorse/confirm?done=x"],
                ["Set-Cookie", "a=1"],
                ["Set-Cookie", "b=2"],
              ],
            });
          }
        : null,
    );
    const answer = await fetch(`${base}/api/confirm`, {
      method: "POST",
      body: "token=abc&locale=en",
      headers: { "content-type": "application/x-www-form-urlencoded", "x-address-chain": "10.0.0.1" },
      redirect: "manual",
    });
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/en/endorse/confirm?done=x");
    expect(answer.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
    expect(await answer.text()).toBe("done");
    expect(seen).toEqual([
      { method: "POST", url: `${base}/api/confirm`, header: "10.0.0.1", body: "token=abc&locale=en" },
    ]);
  });

  it("leaves to Next.js what has no direct route, what a route hands back, and everything before the app started", async () => {
    const base = await serve((_method, url) =>
      url.pathname === "/wall" ? async () => (url.search === "?down" ? null : new Response("wall")) : null,
    );
    expect(await (await fetch(`${base}/wall`)).text()).toBe("wall");
    const other = await fetch(`${base}/elsewhere`, { method: "POST", body: "x" });
    expect([other.status, await other.text()]).toEqual([418, "next"]);
    const handedBack = await fetch(`${base}/wall?down`);
    expect([handedBack.status, await handedBack.text()]).toEqual([418, "next"]);
    shared.weAreAleDirectRoutes = undefined;
    expect((await fetch(`${base}/wall`)).status).toBe(418);
  });

  it("leaves to Next.js an address that reads differently once parsed", async () => {
    const base = await serve(() => async () => new Response("direct"));
    expect(await (await fetch(`${base}/wall?q=x`)).text()).toBe("direct");
    const raw = (path: string) =>
      new Promise<string>((answered, failed) => {
        request(`${base}/`, { path }, (answer) => {
          answer.setEncoding("utf8");
          let text = "";
          answer.on("data", (chunk) => {
            text += chunk;
          });
          answer.on("end", () => answered(text));
        })
          .on("error", failed)
          .end();
      });
    for (const path of ["//evil.example/wall?q=x", "/a/../wall?q=x", "/wall\\x?q=x", "/wall?"])
      expect(await raw(path), path).toBe("next");
  });

  it("answers 500 with nothing of the error when a route throws, as Next.js does", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const base = await serve(() => async () => {
      throw new Error("secret detail");
    });
    const answer = await fetch(`${base}/wall?q=x`);
    expect(answer.status).toBe(500);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    expect(await answer.text()).toBe("");
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });
});
