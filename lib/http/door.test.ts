import { AsyncLocalStorage } from "node:async_hooks";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createDoor } from "./door.mjs";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let server: Server | undefined;

/** A real HTTP server whose every request goes through `door` to `handler`. */
async function serve(door: ReturnType<typeof createDoor>, handler: Handler) {
  server = createServer((req, res) => door.enter(req, res, () => handler(req, res)));
  await new Promise<void>((ready) => server?.listen(0, "127.0.0.1", ready));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(url: string) {
  const answer = await fetch(url);
  return { status: answer.status, headers: answer.headers, text: await answer.text() };
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((closed) => server?.close(closed));
  server = undefined;
});

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A promise the test resolves when it wants the requests inside to finish. */
function gate() {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release };
}

describe("the door in front of Next.js", () => {
  it("works out at most `running` answers at once; the others wait their turn and are all answered", async () => {
    const door = createDoor({ running: 2, waiting: 10, maxWaitMs: 5000, busy: "reload" });
    let now = 0;
    let most = 0;
    const base = await serve(door, async (_req, res) => {
      most = Math.max(most, ++now);
      await later(30);
      now--;
      res.end("page");
    });
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(`${base}/en/endorsers?q=x`)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(most).toBe(2);
    expect(door.counts()).toEqual({ inside: 0, waiting: 0 });
  });

  it("a full queue answers 503 at once: a page in the visitor's language that reloads itself, never cached", async () => {
    const door = createDoor({ running: 1, waiting: 1, maxWaitMs: 5000, busy: "reload" });
    const { held, release } = gate();
    const base = await serve(door, async (_req, res) => {
      await held;
      res.end("page");
    });
    const first = get(`${base}/fr/endorsers?q=a`);
    const second = get(`${base}/fr/endorsers?q=b`);
    await later(50);
    const third = await get(`${base}/fr/endorsers?q=c`);
    expect(third.status).toBe(503);
    expect(third.headers.get("retry-after")).toBe("5");
    expect(third.headers.get("cache-control")).toBe("no-store");
    expect(third.text).toContain('<html lang="fr" dir="ltr">');
    expect(third.text).toContain("Cette page est très demandée");
    expect(third.text).toMatch(/<meta http-equiv="refresh" content="5">/);
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it("the busy page is Arabic and right to left under /ar, English for an unknown first segment", async () => {
    const door = createDoor({ running: 0, waiting: 0, maxWaitMs: 5000, busy: "reload" });
    const base = await serve(door, (_req, res) => res.end("never"));
    const arabic = await get(`${base}/ar/endorsers`);
    expect(arabic.text).toContain('<html lang="ar" dir="rtl">');
    expect(arabic.text).toContain("هذه الصفحة مزدحمة جدًا");
    expect((await get(`${base}/xx/../<script>`)).text).toContain('<html lang="en" dir="ltr">');
  });

  it("a form post is asked to go back and send again, never to reload (a reload would lose or resend it)", async () => {
    const door = createDoor({ running: 0, waiting: 0, maxWaitMs: 5000, busy: "resend" });
    const base = await serve(door, (_req, res) => res.end("never"));
    const answer = await fetch(`${base}/es/endorse`, { method: "POST", body: "name=Escuela+Nocturna" });
    const text = await answer.text();
    expect(answer.status).toBe(503);
    expect(text).toContain("Vuelva atrás con el botón Atrás de su navegador");
    expect(text).not.toContain("http-equiv");
  });

  it("a request that waited longer than maxWaitMs gets the busy page; the one inside is not disturbed", async () => {
    const door = createDoor({ running: 1, waiting: 5, maxWaitMs: 100, busy: "reload" });
    const { held, release } = gate();
    const base = await serve(door, async (_req, res) => {
      await held;
      res.end("page");
    });
    const inside = get(`${base}/en/a`);
    await later(20);
    expect((await get(`${base}/en/b`)).status).toBe(503);
    expect(door.counts()).toEqual({ inside: 1, waiting: 0 });
    release();
    expect((await inside).status).toBe(200);
  });

  it("a slot is free once the answer's headers are out: a long download does not hold the door", async () => {
    const door = createDoor({ running: 1, waiting: 5, maxWaitMs: 2000, busy: "reload" });
    const base = await serve(door, (req, res) => {
      if (req.url === "/download") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("first bytes of a long download…");
        return;
      }
      res.end("page");
    });
    const download = await new Promise<IncomingMessage>((resolve) => request(`${base}/download`, resolve).end());
    expect(download.statusCode).toBe(200);
    const page = await get(`${base}/en`);
    expect(page).toMatchObject({ status: 200, text: "page" });
    download.destroy();
  });

  it("a visitor who leaves while waiting gives back their place", async () => {
    const door = createDoor({ running: 1, waiting: 1, maxWaitMs: 5000, busy: "reload" });
    const { held, release } = gate();
    const base = await serve(door, async (_req, res) => {
      await held;
      res.end("page");
    });
    const inside = get(`${base}/en/a`);
    const leaving = new AbortController();
    const gone = fetch(`${base}/en/b`, { signal: leaving.signal }).catch(() => "aborted");
    await later(50);
    expect(door.counts()).toEqual({ inside: 1, waiting: 1 });
    leaving.abort();
    expect(await gone).toBe("aborted");
    await later(50);
    expect(door.counts()).toEqual({ inside: 1, waiting: 0 });
    const next = get(`${base}/en/c`);
    release();
    expect((await inside).status).toBe(200);
    expect((await next).status).toBe(200);
  });

  it("a request whose visitor already left takes no slot (nothing would ever give it back)", async () => {
    const door = createDoor({ running: 1, waiting: 5, maxWaitMs: 2000, busy: "reload" });
    let worked = 0;
    server = createServer((req, res) => {
      if (req.url === "/left") {
        res.destroy();
        setImmediate(() => door.enter(req, res, () => worked++));
        return;
      }
      door.enter(req, res, () => res.end("page"));
    });
    await new Promise<void>((ready) => server?.listen(0, "127.0.0.1", ready));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await fetch(`${base}/left`).catch(() => "gone");
    await later(20);
    expect(worked).toBe(0);
    expect(door.counts()).toEqual({ inside: 0, waiting: 0 });
    expect(await get(`${base}/en`)).toMatchObject({ status: 200, text: "page" });
  });

  it("a form post sent by JavaScript waits its turn instead of timing out; a full queue answers it in plain words", async () => {
    const door = createDoor({ running: 1, waiting: 1, maxWaitMs: 50, busy: "resend" });
    const { held, release } = gate();
    const base = await serve(door, async (_req, res) => {
      await held;
      res.end("done");
    });
    const action = { method: "POST", headers: { "next-action": "abc123" } };
    const inside = fetch(`${base}/fr/endorse`, action);
    await later(20);
    const waiting = fetch(`${base}/fr/endorse`, action);
    await later(150);
    const refused = await fetch(`${base}/fr/endorse`, action);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await refused.text()).toMatch(/^Beaucoup de personnes utilisent le site/);
    release();
    expect((await inside).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });

  it("a request admitted when another answers runs in its own async context, not the other's", async () => {
    const door = createDoor({ running: 1, waiting: 5, maxWaitMs: 2000, busy: "reload" });
    const context = new AsyncLocalStorage<string>();
    const seen: (string | undefined)[] = [];
    const { held, release } = gate();
    server = createServer((req, res) =>
      context.run(req.url ?? "", () =>
        door.enter(req, res, async () => {
          seen.push(context.getStore());
          if (req.url === "/a") await held;
          res.end("page");
        }),
      ),
    );
    await new Promise<void>((ready) => server?.listen(0, "127.0.0.1", ready));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const first = get(`${base}/a`);
    await later(20);
    const second = get(`${base}/b`);
    await later(20);
    release();
    await Promise.all([first, second]);
    expect(seen).toEqual(["/a", "/b"]);
  });
});
