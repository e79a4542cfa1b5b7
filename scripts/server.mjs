// @ts-check
// The production server: Next.js behind the instance's micro-cache of finished answers
// (lib/http/response-cache.mjs, decision 033). `npm start`, the systemd unit and the tests run it.
//   node scripts/server.mjs [--port 3000] [--hostname 127.0.0.1]
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { answerDirectly } from "../lib/http/direct-answer.mjs";
import { createDoor } from "../lib/http/door.mjs";
import { answerFromCache } from "../lib/http/response-cache.mjs";
import { sendScriptless } from "../lib/http/scriptless-pages.mjs";
import { createSelfRequest, formStateHeader } from "../lib/http/self-request.mjs";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// Before Next.js loads: it reads NODE_ENV once.
process.env.NODE_ENV ??= "production";
process.title = "we-are-ale-server";

const dir = path.resolve(import.meta.dirname, "..");
// The configuration `next build` resolved, as Next's own standalone server passes it: without it
// Next compiles next.config.ts again at every start, loading the SWC compiler (about 40 MB of
// resident memory and 3 s) into a server that never compiles anything (decision 034).
const builtFiles = path.join(dir, ".next/required-server-files.json");
if (!existsSync(builtFiles)) {
  console.error("✗ No production build in .next/: run `npm run build` (or `npm start`, which builds) first.");
  process.exit(1);
}
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(builtFiles, "utf8")).config);

const { default: next } = await import("next");
// No hostname for Next.js: given one, its router and its renderer disagree on the request's own origin
// (127.0.0.1 against localhost), and proxy.ts's rewrite to the wall's search route becomes a proxied
// request to another server (over https behind nginx, where it fails).
const app = next({ dev: false, dir, port });
const handle = app.getRequestHandler();
await app.prepare();

// What Next.js works out at once on this instance; the rest queue (decision 034). Reads: enough to
// keep both cores and the database busy; few enough that their memory fits the heap the unit gives.
// Posts: four, and they wait less (a person pressed a button; the form's own door, decision 032, is
// behind). Node accepts one new connection per turn of its event loop, so the loop must keep turning
// under a burst of new connections: with 12 posts at work a turn took 20-40 ms, and hundreds of
// connections waited unaccepted for the whole 6 s of the bench's spike.
const reads = createDoor({ running: 24, waiting: 2000, maxWaitMs: 10_000, busy: "reload" });
const writes = createDoor({ running: 4, waiting: 500, maxWaitMs: 2000, busy: "resend" });
const isRead = (method = "GET") => method === "GET" || method === "HEAD";
// While posts wait here, fresh mail waits too (lib/email/queue.server.ts, decision 039).
/** @type {any} */ (globalThis).weAreAleLoad = { formsWaiting: () => writes.counts().waiting };

// The app's loopback request for one of this instance's own pages (lib/http/page-shell.server.ts).
const ownRequest = createSelfRequest(port, hostname);
/** @type {any} */ (globalThis).weAreAleSelf = { origin: ownRequest.origin, header: ownRequest.header };

// The instance's own request skips the micro-cache as well as the door: it must not wait behind a
// visitor's request for the same page queued at the door (it keeps its copy a second itself). A
// wall search and the confirmation button go to their route handlers directly (decision 041).
const server = createServer((req, res) => {
  const answer = () => sendScriptless(req, res, () => handle(req, res));
  if (ownRequest.isSelf(req)) return answer();
  delete req.headers[formStateHeader];
  const work = () => answerDirectly(req, res, answer);
  return answerFromCache(req, res, () => (isRead(req.method) ? reads : writes).enter(req, res, work));
});
server.listen(port, hostname, () => {
  console.log(`▶ We are ALE listening on http://${hostname ?? "localhost"}:${port}`);
});

let closing = false;
for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Finish the answers under way, then stop; a stuck connection does not hold the restart.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
