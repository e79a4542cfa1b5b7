// @ts-check
// The production server: Next.js behind the instance's micro-cache of finished answers
// (lib/http/response-cache.mjs, decision 033). `npm start`, the systemd unit and the tests run it.
//   node scripts/server.mjs [--port 3000] [--hostname 127.0.0.1]
import { createServer } from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { answerFromCache } from "../lib/http/response-cache.mjs";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// Before Next.js loads: it reads NODE_ENV once.
process.env.NODE_ENV ??= "production";
process.title = "we-are-ale-server";

const { default: next } = await import("next");
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, ".."), hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => answerFromCache(req, res, () => handle(req, res)));
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
