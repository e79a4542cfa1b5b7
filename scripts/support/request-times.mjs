// Loaded into the bench's instance only (NODE_OPTIONS=--import, scripts/bench.ts): how long each
// request took inside the instance, from Node's "request" to the last byte handed to the kernel
// (the door's wait included), so the bench can tell the instance's latency from what wrk adds while
// it shares the machine's two cores with it. SIGUSR2 writes the times since the previous signal to
// BENCH_REQUEST_TIMES (JSON, milliseconds) and starts counting again.
import { subscribe } from "node:diagnostics_channel";
import { renameSync, writeFileSync } from "node:fs";

const file = process.env.BENCH_REQUEST_TIMES;
if (file) {
  /** @type {number[]} */
  let times = [];
  subscribe("http.server.request.start", (message) => {
    const { response } = /** @type {{ response: import("node:http").ServerResponse }} */ (message);
    const start = performance.now();
    response.once("finish", () => times.push(performance.now() - start));
  });
  process.on("SIGUSR2", () => {
    writeFileSync(`${file}.part`, JSON.stringify(times));
    renameSync(`${file}.part`, file); // whole, or not there yet: the bench waits for it
    times = [];
  });
  writeFileSync(`${file}.ready`, String(process.pid)); // the bench signals only a process that listens
}
