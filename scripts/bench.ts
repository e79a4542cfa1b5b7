// `npm run bench`: the production build on a real PostgreSQL seeded with 100,000 approved endorsers,
// measured next to the machine's own limits in the same run: nginx serving the home page's HTML from
// a file, and a bare static Next.js page. Pages are measured twice: from the instance alone (the
// origin) and through the shipped nginx site (deploy/nginx/we-are-ale.conf, with its micro-cache)
// in front of two instances, as deployed. Email confirmations are posted both ways too.
// GETs and email confirmations are loaded with wrk (Debian, two threads: it is not the bottleneck,
// autocannon is; the confirmations' bodies from a file, scripts/bench-posts.lua), sign-ups with
// autocannon (each multipart request built in JavaScript). Then transfer sizes and Lighthouse.
// Prints numbers; asserts nothing.
//   BENCH_SECONDS (default 5) per target · BENCH_CONNECTIONS (default 50) · BENCH_DATABASE_URL
//   BENCH_ONLY=<regex>: only the targets whose name matches (and no sizes or Lighthouse), e.g. "proxy|nginx"
import { type ChildProcess, execFile, execFileSync, spawn, spawnSync } from "node:child_process";
import { createHash, createHmac, randomBytes } from "node:crypto";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { parseKeyring, seal } from "../lib/crypto/sealed";
import { countryCodes, regionOf } from "../lib/endorsements/regions";
import { selfSignedCertificate, startDeployedNginx, trustCertificate } from "../tests/resilience/deployment";
import { testDataKey } from "../tests/support/data-key";
import { spikeConnections, submissionSpike } from "./bench-spike";

const root = path.resolve(import.meta.dirname, "..");
const tmp = path.join(root, ".tmp", "bench");
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, "i") : undefined;
const wanted = (target: string) => !only || only.test(target);
const ports = {
  app: 3300,
  bare: 3301,
  nginx: 3302,
  proxy: 3303,
  proxyHttp: 3304,
  nginxTls: 3305,
  smtp: 3306,
  app2: 3307,
};
const started = Date.now();
const children: ChildProcess[] = [];
const stops: (() => unknown)[] = [];

function log(message: string) {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);
}

function stopAll() {
  for (const stop of stops) stop();
  for (const child of children) {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {}
  }
}
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

function postgresUrl(): string {
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (given) return given;
  return execFileSync(path.join(root, "scripts/local-postgres.sh"), { encoding: "utf8" }).trim();
}

/** A Debian program, installed on first use (nginx-light, wrk). */
function debianBinary(name: string, packageName: string): string {
  const found = [`/usr/sbin/${name}`, `/usr/bin/${name}`].find((candidate) => existsSync(candidate));
  if (found) return found;
  log(`Installing ${packageName} from Debian…`);
  spawnSync("apt-get", ["install", "-y", "-qq", packageName], {
    stdio: "ignore",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  const installed = [`/usr/sbin/${name}`, `/usr/bin/${name}`].find((candidate) => existsSync(candidate));
  if (!installed) throw new Error(`${name} is needed: apt-get install -y ${packageName}`);
  return installed;
}

async function freshDatabase(serverUrl: string, name: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/**
 * The mail the post rows at 50 connections queued (confirmation links, "received"): how much was
 * still unsent when their last post was answered, and how long the instance took to send the rest
 * (at most 120 s). While forms wait at its door, an instance holds fresh mail back (decision 039).
 */
async function mailAfterLoad(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const unsentNow = async () =>
    (await client.query(`SELECT count(*)::int AS n FROM "OutboundEmail" WHERE status IN ('PENDING', 'SENDING')`))
      .rows[0].n as number;
  const queued = (await client.query(`SELECT count(*)::int AS n FROM "OutboundEmail"`)).rows[0].n as number;
  const unsent = await unsentNow();
  const t0 = Date.now();
  let left = unsent;
  while (left > 0 && Date.now() - t0 < 120_000) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    left = await unsentNow();
  }
  await client.end();
  return { queued, unsent, drainedIn: left === 0 ? (Date.now() - t0) / 1000 : undefined };
}

/** Endorsements awaiting confirmation, each with its known single-use link: 20,000 for each confirmation row. */
const confirmable = { origin: { from: 100_001, to: 120_000 }, proxy: { from: 120_001, to: 140_000 } };

/** 100,000 approved endorsers (and 40,000 awaiting confirmation, for the confirmation rows) in batched SQL. */
async function seed(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const countries = countryCodes.map((code) => [code, regionOf(code)] as const);
  const places = countries.map(([code, region]) => `('${code}', '${region}')`).join(",");
  // One sealed contact for every row (the server opens it when it emails); the hash only has to be unique.
  const ring = parseKeyring(benchKey);
  const sealed = {
    name: seal(ring, "Bench Contact"),
    role: seal(ring, "Coordinator"),
    email: seal(ring, "contact@network.example.org"),
  };
  const types = ["NGO_NETWORK", "ALE_PROVIDER", "UNIVERSITY_RESEARCH", "GOVERNMENT_PUBLIC", "TRADE_UNION", "OTHER"];
  const insert = (from: number, to: number, status: string) => `
    WITH place AS (SELECT row_number() OVER () - 1 AS i, code, region FROM (VALUES ${places}) AS p(code, region))
    INSERT INTO "Endorsement" ("id", "slug", "name", "nameKey", "type", "countryCode", "region", "city", "website",
      "websiteDomain", "contactNameSealed", "contactRoleSealed", "contactEmailSealed", "contactEmailHash", "statement", "locale", "consentPublic", "status",
      "inviteCode", "createdAt", "updatedAt", "confirmedAt", "approvedAt")
    SELECT 'bench' || lpad(n::text, 20, '0'), 'bench-learning-network-' || n, 'Bench Learning Network ' || n,
      'bench learning network ' || n, (ARRAY['${types.join("','")}'])[1 + n % ${types.length}]::"OrganisationType",
      place.code, place.region::"Region", 'City ' || (n % 500), 'https://network' || n || '.example.org',
      'network' || n || '.example.org', '${sealed.name}', '${sealed.role}', '${sealed.email}', 'bench:' || n,
      CASE WHEN n % 3 = 0 THEN 'Adult learning changes lives in our community.' END, 'en', true, '${status}'::"EndorsementStatus",
      'b' || n, now() - ((n % 100000) || ' minutes')::interval, now(), now() - ((n % 100000) || ' minutes')::interval,
      ${status === "APPROVED" ? "now() - (n || ' minutes')::interval" : "NULL"}
    FROM generate_series(${from}, ${to}) AS n JOIN place ON place.i = n % ${countries.length}`;
  const t0 = Date.now();
  for (let from = 1; from <= 100_000; from += 25_000) await client.query(insert(from, from + 24_999, "APPROVED"));
  await client.query(`INSERT INTO "Commitment" ("endorsementId", "actionNumber")
    SELECT 'bench' || lpad(n::text, 20, '0'), a FROM generate_series(1, 100000) AS n, generate_series(1, 9) AS a
    WHERE (n + a) % 3 = 0`);
  const seededIn = (Date.now() - t0) / 1000;
  await client.query(insert(confirmable.origin.from, confirmable.proxy.to, "AWAITING_CONFIRMATION"));
  // Known confirmation tokens: token n is base64url(sha256("bench" || n)); only its hash is stored.
  await client.query(`INSERT INTO "EmailToken" ("id", "endorsementId", "purpose", "tokenHash", "expiresAt")
    SELECT 'tok' || n, 'bench' || lpad(n::text, 20, '0'), 'CONFIRM',
      encode(sha256(convert_to(translate(rtrim(encode(sha256(convert_to('bench' || n, 'UTF8')), 'base64'), '='), '+/', '-_'), 'UTF8')), 'hex'),
      now() + interval '7 days'
    FROM generate_series(${confirmable.origin.from}, ${confirmable.proxy.to}) AS n`);
  // The seed's work finished before any row is measured: its tables vacuumed (autovacuum would
  // otherwise start on them a minute in, during whichever row that is) and its writes
  // flushed (a checkpoint the seed's WAL starts spreads its writes over the first rows).
  await client.query(`VACUUM "Endorsement", "Commitment", "EmailToken"`);
  // The app's tables by name: a whole-database ANALYZE logs a warning for each shared catalog.
  const tables = await client.query(`SELECT string_agg(format('%I', tablename), ', ') AS list
    FROM pg_tables WHERE schemaname = 'public'`);
  await client.query(`ANALYZE ${tables.rows[0].list}`);
  await client.query("CHECKPOINT").catch((error: Error) => log(`No CHECKPOINT after the seed: ${error.message}`));
  const deep = await client.query(`SELECT "approvedAt", "id" FROM "Endorsement" WHERE status = 'APPROVED'
    ORDER BY "approvedAt" DESC, "id" DESC OFFSET 50000 LIMIT 1`);
  await client.end();
  const row = deep.rows[0] as { approvedAt: Date; id: string };
  return { seededIn, deepCursor: `${row.approvedAt.getTime()}_${row.id}` };
}

const benchToken = (n: number) => createHash("sha256").update(`bench${n}`).digest("base64url");

async function waitFor(url: string, child: ChildProcess) {
  // Up to ten minutes: the site's first start may include `next build` on a busy machine.
  for (let attempt = 0; attempt < 2400; attempt++) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited (${child.exitCode})`);
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

function spawnGroup(command: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const child = spawn(command, args, {
    cwd: options.cwd ?? root,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...options.env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  children.push(child);
  return child;
}

/** A bare App Router page (no data, no client component), built and served the same way. */
async function startBareNext() {
  // Its own folder and working directory (Turbopack wants it inside the project to find `next`).
  const dir = path.join(tmp, "bare");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(
    path.join(dir, "app/layout.jsx"),
    `export default function L({ children }) { return <html lang="en"><body>{children}</body></html>; }\n`,
  );
  writeFileSync(
    path.join(dir, "app/page.jsx"),
    `export default function P() { return <main><h1>Hello</h1><p>A static page.</p></main>; }\n`,
  );
  writeFileSync(path.join(dir, "next.config.mjs"), "export default { poweredByHeader: false };\n");
  // Without its own, Next.js would run the project's instrumentation.ts (housekeeping) in it.
  writeFileSync(path.join(dir, "instrumentation.js"), "export function register() {}\n");
  const next = path.join(root, "node_modules/.bin/next");
  const build = spawnSync(next, ["build", dir], {
    cwd: root,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new Error("The bare Next.js page did not build");
  const child = spawnGroup(next, ["start", "-p", String(ports.bare)], { cwd: dir });
  await waitFor(`http://localhost:${ports.bare}/`, child);
}

async function startNginx(html: string) {
  // Outside the project's .tmp (mode 0700): nginx's worker runs as nobody and must read the file.
  const dir = mkdtempSync(path.join(os.tmpdir(), "ale-bench-nginx-"));
  stops.push(() => rmSync(dir, { recursive: true, force: true }));
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, "html"), { recursive: true });
  // The same HTML twice: compressed by nginx per request, and pre-compressed once (gzip_static).
  writeFileSync(path.join(dir, "html/plain.html"), html);
  // Over TLS as well, as the proxy is measured: the same certificate kind as the deployed site.
  const tls = selfSignedCertificate(path.join(dir, "tls"));
  writeFileSync(path.join(dir, "html/index.html"), html);
  writeFileSync(path.join(dir, "html/index.html.gz"), gzipSync(html, { level: 9 }));
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log; daemon off;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${dir}/b; proxy_temp_path ${dir}/p; fastcgi_temp_path ${dir}/f; uwsgi_temp_path ${dir}/u; scgi_temp_path ${dir}/s;
  gzip on;
  server { listen 127.0.0.1:${ports.nginx}; listen 127.0.0.1:${ports.nginxTls} ssl; root ${dir}/html;
    ssl_certificate ${tls.cert}; ssl_certificate_key ${tls.key};
    location = /index.html { gzip_static on; }
    location / { try_files /plain.html =404; } } }\n`,
  );
  const child = spawnGroup(debianBinary("nginx", "nginx-light"), ["-c", path.join(dir, "nginx.conf"), "-p", dir]);
  await waitFor(`http://127.0.0.1:${ports.nginx}/`, child);
  return tls;
}

type Row = {
  target: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  requests: number;
  /** Bytes per second read by the load generator ("Transfer/sec"). */
  bytesPerSecond?: number;
  /** nginx's TLS file in the seconds just before and after this row (decision 054), req/s. */
  besideRps?: number;
};

/** Milliseconds from a wrk duration ("812.00us", "1.20ms", "2.01s", "1.05m"). */
function milliseconds(text: string): number {
  const [, value, unit] = /^([\d.]+)(us|ms|s|m)$/.exec(text) ?? [];
  if (!value) throw new Error(`wrk printed a duration "${text}"`);
  return Number(value) * { us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit as "us" | "ms" | "s" | "m"];
}

const wrkThreads = 2;
/** Each of the two runs of nginx's TLS file beside a proxy row (decision 054). */
const besideSeconds = 2;
/** The whole-list downloads are megabytes: no file of the home page's size compares with them. */
const isWholeList = (target: string) => target.includes("whole list");

/**
 * `wrk -t2 --latency` for `duration` seconds against one address; its output parsed. `script`: a wrk
 * Lua script and its arguments (after `--`).
 */
async function wrk(
  target: string,
  address: string,
  headers: string[] = [],
  duration = seconds,
  script?: { path: string; args: string[] },
): Promise<Row> {
  const result = await promisify(execFile)(
    debianBinary("wrk", "wrk"),
    [
      `-t${wrkThreads}`,
      `-c${connections}`,
      `-d${duration}s`,
      "--timeout",
      "10s",
      "--latency",
      "-H",
      "Accept-Encoding: gzip",
      ...headers.flatMap((header) => ["-H", header]),
      ...(script ? ["-s", script.path] : []),
      address,
      ...(script ? ["--", ...script.args] : []),
    ],
    { encoding: "utf8" },
  );
  const out = result.stdout;
  const number = (pattern: RegExp) => Number(pattern.exec(out)?.[1] ?? Number.NaN);
  const percentile = (p: number) => milliseconds(new RegExp(`^\\s+${p}%\\s+(\\S+)`, "m").exec(out)?.[1] ?? "");
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const socketErrors = socket ? socket.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0;
  const requests = number(/(\d+) requests in/);
  if (Number.isNaN(requests)) throw new Error(`wrk failed for ${address}:\n${out}${result.stderr}`);
  return {
    target,
    rps: number(/Requests\/sec:\s+([\d.]+)/),
    p50: percentile(50),
    p99: percentile(99),
    errors: socketErrors + (number(/Non-2xx or 3xx responses: (\d+)/) || 0),
    requests,
    bytesPerSecond: bytes(/Transfer\/sec:\s+(\S+)/.exec(out)?.[1] ?? ""),
  };
}

/** Bytes from a wrk size ("812.00B", "1.20KB", "3.01MB", "1.05GB"). */
function bytes(text: string): number {
  const [, value, unit] = /^([\d.]+)(B|KB|MB|GB)$/.exec(text) ?? [];
  return Number(value) * ({ B: 1, KB: 1024, MB: 2 ** 20, GB: 2 ** 30 }[unit as "B"] ?? Number.NaN);
}

function parentOf(id: number): number {
  const stat = readFileSync(`/proc/${id}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
}

/** Samples the instance's RSS twice a second until `stop()`, which returns the largest seen. */
function watchRss(pid: number) {
  let peakMb = serverRssMb(pid);
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, serverRssMb(pid));
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return peakMb;
    },
  };
}

/** The instance itself: the we-are-ale-server (next-server) process below the start script, not tsx or npm. */
function serverProcess(pid: number): number | undefined {
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (!/^(we-are-ale-server|next-server)/.test(readFileSync(`/proc/${entry}/cmdline`, "utf8"))) continue;
      if (isDescendant(parentOf(Number(entry)), pid)) return Number(entry);
    } catch {}
  }
  return undefined;
}

const requestTimesFile = path.join(tmp, "request-times.json");

/** The instance's time for each request since the previous call (scripts/support/request-times.mjs). */
async function instanceRequestTimes(pid: number): Promise<number[]> {
  const server = serverProcess(pid);
  // Unhandled, SIGUSR2 would end the instance: only the process that said it listens is signalled.
  const ready = `${requestTimesFile}.ready`;
  if (!server || !existsSync(ready) || readFileSync(ready, "utf8") !== String(server)) return [];
  rmSync(requestTimesFile, { force: true });
  process.kill(server, "SIGUSR2");
  for (let waited = 0; waited < 50 && !existsSync(requestTimesFile); waited++)
    await new Promise((resolve) => setTimeout(resolve, 20));
  return existsSync(requestTimesFile) ? (JSON.parse(readFileSync(requestTimesFile, "utf8")) as number[]) : [];
}

/** The instance's RSS. `VmHWM` is the most it ever had resident, between samples and at start too. */
function serverRssMb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number {
  const server = serverProcess(pid);
  try {
    const rss =
      server && new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${server}/status`, "utf8"))?.[1];
    return Number(rss || 0) / 1024;
  } catch {
    return 0;
  }
}

/** The instance's CPU time in clock ticks (user + system, /proc/<pid>/stat fields 14 and 15). */
function serverCpuTicks(server: number): number {
  const fields = readFileSync(`/proc/${server}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the instance has settled after the load (its mail queue drained, a snapshot rebuilt,
 * garbage collected): under 5 % of a core for two seconds, at most 60 s. Lighthouse shares these two
 * cores with it, and a page's Total Blocking Time is the browser's, not the server's. Returns the seconds waited.
 */
async function untilServerIdle(pid: number): Promise<number> {
  const server = serverProcess(pid);
  const start = Date.now();
  if (!server) return 0;
  const ticksPerSecond = 100;
  while (Date.now() - start < 60_000) {
    const before = serverCpuTicks(server);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    if ((serverCpuTicks(server) - before) / ticksPerSecond / 2 < 0.05) break;
  }
  return (Date.now() - start) / 1000;
}

function isDescendant(id: number, ancestor: number): boolean {
  for (let current = id, depth = 0; current > 1 && depth < 10; depth++) {
    if (current === ancestor) return true;
    current = parentOf(current);
  }
  return false;
}

async function measure(target: string, options: autocannon.Options, warmSeconds = 0): Promise<Row> {
  // Like the pages rendered per request: load first, so the figure is the steady state, not V8
  // compiling the code path (submissions on a fresh instance ramp from ~60 to ~200/s over the first
  // ten seconds of load, measured per second).
  if (warmSeconds > 0) await autocannon({ connections, ...options, duration: warmSeconds });
  const result = await autocannon({
    connections,
    duration: seconds,
    headers: { "accept-encoding": "gzip" },
    ...options,
  });
  // A redirect is a success here (a confirmed link answers 303); 4xx, 5xx and socket errors are not.
  const failedStatuses = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => Number(status) >= 400)
    .reduce((sum, [, stats]) => sum + (stats.count ?? 0), 0);
  return {
    target,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + failedStatuses,
    requests: result.requests.total,
  };
}

// The two references every ratio is taken against (BENCH_ONLY keeps them unless told otherwise).
const nginxTarget = "nginx: home HTML from a file, pre-compressed";
const nginxTlsTarget = "nginx: the same over TLS";
const bareTarget = "next: bare static page";
/** Load before each form-post row is measured (see `measure`). */
const postWarmSeconds = 3;
/** The single-use links a wrk post row spends in its warm-up; the rest of its links are for the row. */
const warmLinks = 8_000;

/**
 * A form-post row driven by wrk, for posts that need no reply read: each request sends the body of
 * one of the seeded single-use links (`body(n)` for n in `links`), none twice, the first `warmLinks`
 * in the warm-up. wrk costs the two shared cores a fraction of what autocannon's
 * JavaScript does per request (10 s of confirmations: 0.5 s of CPU against 2.3-2.5 s), so the
 * figure is more the instance's and PostgreSQL's.
 */
async function postEach(
  target: string,
  address: string,
  origin: string,
  links: { from: number; to: number },
  body: (n: number) => string,
): Promise<Row> {
  const file = (name: string, from: number, to: number) => {
    const lines = Array.from({ length: to - from + 1 }, (_, i) => body(from + i));
    const at = path.join(tmp, name);
    writeFileSync(at, `${lines.join("\n")}\n`);
    return { path: path.join(root, "scripts", "bench-posts.lua"), args: [at, String(wrkThreads), origin] };
  };
  const warmTo = links.from + warmLinks - 1;
  await wrk(`${target} (warm-up)`, address, [], postWarmSeconds, file("warm-bodies.txt", links.from, warmTo));
  return wrk(target, address, [], seconds, file("bodies.txt", warmTo + 1, links.to));
}

/**
 * Reloads: the home page and the whole-list download sent again with the ETag a client kept (and the
 * Accept-Encoding it was sent with, as every row): "304 Not Modified", no body.
 */
async function conditionalRows(base: string, proxied: string): Promise<[string, string, string[]][]> {
  const etagOf = async (address: string) =>
    (await fetch(address, { method: "HEAD", headers: { "accept-encoding": "gzip" } })).headers.get("etag");
  const [home, openData] = [await etagOf(`${base}/en`), await etagOf(`${base}/api/endorsers/json`)];
  // Without an ETag there is nothing to reload with: said, and the row left out.
  const rows: [string, string, string[]][] = [];
  if (home) rows.push(["origin: home, If-None-Match (304)", `${base}/en`, [`If-None-Match: ${home}`]]);
  else log("The home page sent no ETag: no reload row for it");
  if (openData)
    rows.push(
      ["origin: open data JSON, If-None-Match (304)", `${base}/api/endorsers/json`, [`If-None-Match: ${openData}`]],
      ["proxy: open data JSON, If-None-Match (304)", `${proxied}/api/endorsers/json`, [`If-None-Match: ${openData}`]],
    );
  else log("The open data sent no ETag: no reload rows for it");
  return rows;
}

/**
 * The open data's size (raw and gzip) and first download, then a new entry of the public record
 * (what every change of the list writes; only the lifecycle changes an endorsement itself, so the
 * bench does not): the time until the origin, the proxy and the second instance serve a new snapshot
 * (a new ETag), and the instance's RSS meanwhile. An instance sends the version it has until it has
 * the new one (built, or linked from the other's, decision 056), so the proxy's copy may be either
 * until both have it: the reload rows that follow need both to send the same.
 */
async function measureSnapshotRebuild(url: string, base: string, proxied: string, second: string, pid: number) {
  const address = `${base}/api/endorsers/json`;
  const head = async (at: string) => (await fetch(at, { method: "HEAD" })).headers.get("etag");
  const t0 = Date.now();
  const first = await fetch(address, { headers: { "accept-encoding": "gzip" } });
  const gzipBytes = Number(first.headers.get("content-length") ?? Number.NaN);
  await first.body?.cancel();
  const firstMs = Date.now() - t0;
  const identity = await fetch(address, { method: "HEAD", headers: { "accept-encoding": "identity" } });
  const rawBytes = Number(identity.headers.get("content-length") ?? Number.NaN);
  const before = await head(address);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`INSERT INTO "PublicRecordEntry" (seq, at, action, reason, subject, "prevHash", hash)
    SELECT coalesce(max(seq), 0) + 1, now(), 'removed', 'withdraw', 'bench', '', md5(random()::text) FROM "PublicRecordEntry"`);
  await client.end();
  const rss = watchRss(pid);
  const changed = Date.now();
  const until = async (at: string) => {
    while (Date.now() - changed < 30_000) {
      const etag = await head(at);
      if (etag && etag !== before) return (Date.now() - changed) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return Number.NaN;
  };
  const origin = await until(address);
  const peakMb = rss.stop();
  const proxy = await until(`${proxied}/api/endorsers/json`);
  const secondInstance = await until(`${second}/api/endorsers/json`);
  return { firstMs, gzipBytes, rawBytes, origin, proxy, secondInstance, peakMb };
}

/**
 * The long tail as the instance timed it (request to last byte, the door's wait included) beside
 * wrk's figures, which also hold the time wrk waited for a core on this shared 2-core machine.
 */
function reportInstanceTimes(rows: Row[], measured: { target: string; times: number[] }[]) {
  if (measured.length === 0) return;
  console.log("\nThe long tail timed inside the instance (from Node's request event to the last byte sent):");
  for (const { target, times } of measured) {
    const sorted = [...times].sort((a, b) => a - b);
    const at = (share: number) => (sorted[Math.floor(share * (sorted.length - 1))] ?? Number.NaN).toFixed(0);
    const wrkRow = rows.find((row) => row.target === target);
    console.log(
      `  ${target}: ${sorted.length} requests, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, slowest ${at(1)} ms (wrk: p50 ${wrkRow?.p50.toFixed(0)} ms, p99 ${wrkRow?.p99.toFixed(0)} ms)`,
    );
  }
}

function reportOpenData(rows: Row[], snapshot: Awaited<ReturnType<typeof measureSnapshotRebuild>>) {
  const mb = (value: number) => (value / 2 ** 20).toFixed(1);
  console.log(
    `\nOpen data snapshot (100,000 endorsers): JSON ${mb(snapshot.rawBytes)} MB, ${mb(snapshot.gzipBytes)} MB gzip; first download after start ${(snapshot.firstMs / 1000).toFixed(1)} s; after a change, a new version served by the origin in ${snapshot.origin.toFixed(1)} s, through the proxy in ${snapshot.proxy.toFixed(1)} s and by the second instance in ${snapshot.secondInstance.toFixed(1)} s; instance RSS during the rebuild ≤ ${snapshot.peakMb.toFixed(0)} MB.`,
  );
  for (const row of rows.filter((r) => r.target.includes("open data")))
    console.log(`  ${row.target}: ${mb(row.bytesPerSecond ?? Number.NaN)} MB/s read by wrk`);
  console.log("");
}

const benchSecret = "bench-secret-0123456789abcdefghijklmnopqrstuvwxyz";
const benchKey = testDataKey;

function formStamp(issuedAt: number) {
  const value = `${issuedAt}:${randomBytes(9).toString("base64url")}`;
  return `${value}.${createHmac("sha256", benchSecret).update(`form:${value}`).digest("base64url")}`;
}

function hiddenFields(html: string) {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = (/value="([^"]*)"/.exec(tag)?.[1] ?? "").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
    if (name) fields[name] = value;
  }
  return fields;
}

function multipart(fields: [string, string][]) {
  const boundary = `----bench${Math.random().toString(16).slice(2)}`;
  const body = fields
    .map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .join("");
  return { body: `${body}--${boundary}--\r\n`, type: `multipart/form-data; boundary=${boundary}` };
}

async function main() {
  console.log(`We are ALE benchmark · ${new Date().toISOString()}`);
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `Load: wrk -t2 (GETs, confirmations) and autocannon (sign-ups), ${connections} connections, ${seconds} s per target, on the same machine as the servers\n`,
  );
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });

  const server = postgresUrl();
  const url = await freshDatabase(server, "ale_bench");
  log("Migrating and loading the campaign content…");
  const setup = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/db.ts", "setup"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: url, DATA_KEY: benchKey, SEED_DEMO: "0" },
      encoding: "utf8",
    },
  );
  if (setup.status !== 0) throw new Error(setup.stderr);
  const { seededIn, deepCursor } = await seed(url);
  log(`Seeded 100,000 approved endorsers (with 300,000 commitments) in ${seededIn.toFixed(1)} s`);

  // Mail goes through a real SMTP server, as in production (the outbox folder costs differently).
  spawnGroup(process.execPath, [path.join(root, "scripts/support/smtp-sink.mjs"), String(ports.smtp)]);
  log("Building if needed and starting the site on PostgreSQL…");
  // Both instances as deploy/systemd runs them: one database, one data folder, one public address.
  const instance = (port: number, options: string[], env: Record<string, string> = {}) =>
    spawnGroup(path.join(root, "node_modules/.bin/tsx"), ["scripts/start.ts", ...options, "--port", String(port)], {
      env: {
        DATABASE_URL: url,
        AUTH_SECRET: benchSecret,
        DATA_KEY: benchKey,
        SITE_URL: `http://localhost:${ports.app}`,
        DATA_DIR: path.join(tmp, "data"),
        SMTP_URL: `smtp://127.0.0.1:${ports.smtp}`,
        SEED_DEMO: "0",
        // The load generator stands in for a proxy: X-Forwarded-For makes it many visitors.
        TRUST_PROXY: "1",
        ...env,
      },
    });
  // The origin rows' instance, with its own time per request for the long tail (scripts/support/request-times.mjs).
  const app = instance(ports.app, ["--skip-setup"], {
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${path.join(root, "scripts/support/request-times.mjs")}`,
    BENCH_REQUEST_TIMES: requestTimesFile,
  });
  const base = `http://localhost:${ports.app}`;
  await waitFor(`${base}/en`, app);
  // The second instance behind the proxy, once the first has built the site.
  const second = instance(ports.app2, ["--skip-setup", "--skip-build"]);
  await waitFor(`http://localhost:${ports.app2}/en`, second);
  log("Starting the bare Next.js page and nginx…");
  await startBareNext();
  const nginxTls = await startNginx(await (await fetch(`${base}/en`)).text());

  const proxy = await startDeployedNginx({
    tlsPort: ports.proxy,
    httpPort: ports.proxyHttp,
    upstreamPorts: [ports.app, ports.app2],
  });
  stops.push(() => proxy.stop());
  const proxied = `https://localhost:${ports.proxy}`;
  const nginxTlsAddress = `https://localhost:${ports.nginxTls}/index.html`;

  const slug = "bench-learning-network-4242";
  const same: [string, string][] = [
    ["home", "/en"],
    ["What is ALE", "/en/what-is-ale"],
    ["wall, first page", "/en/endorsers"],
    ["wall, region view", "/en/endorsers?region=AFRICA"],
    ["endorser page", `/en/endorsers/${slug}`],
    ["map", "/en/endorsers/map.svg"],
    ["endorser's badge", `/badge/${slug}.svg`],
    ["open data JSON, whole list", "/api/endorsers/json"],
    ["open data CSV, whole list", "/api/endorsers/csv"],
  ];
  const longTail: [string, string][] = [
    ["wall, name search", "/en/endorsers?q=learning+network+4242"],
    // 138 matches (the seed gives Ghana no NGO networks: that row used to measure an empty answer).
    ["wall, country and type", "/en/endorsers?region=AFRICA&country=GH&type=ALE_PROVIDER"],
    ["wall, deep page (50,000 in)", `/en/endorsers?after=${deepCursor}`],
    // Past the count's cap: words every name has, read in the wall's order (decision 060)…
    ["wall, two common words", "/en/endorsers?q=bench+learning"],
    // …and one type of organisation, 16,667 of them (decision 059).
    ["wall, one type", "/en/endorsers?type=ALE_PROVIDER"],
  ];
  await trustCertificate([proxy.certificate.pem, nginxTls.pem]);
  const snapshot = await measureSnapshotRebuild(url, base, proxied, `http://localhost:${ports.app2}`, app.pid ?? 0);
  const reloads = await conditionalRows(base, proxied);
  const gets: [string, string, string[]?][] = [
    [nginxTarget, `http://127.0.0.1:${ports.nginx}/index.html`],
    [nginxTlsTarget, nginxTlsAddress],
    ["nginx: home HTML from a file, gzip per request", `http://127.0.0.1:${ports.nginx}/`],
    [bareTarget, `http://localhost:${ports.bare}/`],
    ...same.map(([target, address]): [string, string] => [`origin: ${target}`, `${base}${address}`]),
    ...longTail.map(([target, address]): [string, string] => [`origin: ${target}`, `${base}${address}`]),
    ...reloads.filter(([target]) => target.startsWith("origin:")),
    // The whole-list downloads are megabytes: through the proxy they measure the loopback's copying,
    // not the cache (the origin rows show the files are sent whole).
    ...same
      .filter(([target]) => !isWholeList(target))
      .map(([target, address]): [string, string] => [`proxy: ${target}`, `${proxied}${address}`]),
    ...reloads.filter(([target]) => target.startsWith("proxy:")),
  ];
  const rows: Row[] = [];
  const instanceTimes: { target: string; times: number[] }[] = [];
  const rss = watchRss(app.pid ?? 0);
  let fileAfterLastRow: Row | undefined;
  for (const [target, address, headers] of gets) {
    if (!wanted(target)) continue;
    for (let i = 0; i < 3; i++) await fetch(address); // warm: the first request renders and caches
    // A page rendered per request runs code the cached pages never reach: two seconds of load first,
    // so the figure is the instance's steady state, not V8 compiling that code. (The proxy's rows no
    // longer need such a start: decision 055.)
    const perRequest = longTail.some(([name]) => target === `origin: ${name}`);
    if (perRequest) await wrk(target, address, headers, 2);
    log(`GET ${target}`);
    if (perRequest) await instanceRequestTimes(app.pid ?? 0); // from here on
    // A proxy row is compared with nginx's file measured just before and after it: this machine's
    // speed changes within minutes, and the reference row ran minutes earlier (decision 054).
    // Proxy rows follow one another, so the run after one row is the run before the next.
    const besideFile = target.startsWith("proxy:");
    const before = besideFile
      ? (fileAfterLastRow ?? (await wrk(nginxTlsTarget, nginxTlsAddress, [], besideSeconds)))
      : undefined;
    const row = await wrk(target, address, headers);
    fileAfterLastRow = besideFile ? await wrk(nginxTlsTarget, nginxTlsAddress, [], besideSeconds) : undefined;
    rows.push(before && fileAfterLastRow ? { ...row, besideRps: (before.rps + fileAfterLastRow.rps) / 2 } : row);
    if (perRequest) instanceTimes.push({ target, times: await instanceRequestTimes(app.pid ?? 0) });
  }

  // Submissions: the no-JavaScript form post, each unique (address, organisation, caller).
  const form = hiddenFields(await (await fetch(`${base}/en/endorse`)).text());
  await new Promise((resolve) => setTimeout(resolve, 3100)); // the form's bot check wants ≥ 3 s
  let n = 0;
  const submission = (request: autocannon.Request, context: Record<string, unknown> = {}) => {
    n++;
    const email = `ama@load${n}-${started}.example.org`;
    context.email = email;
    // A stamp makes one endorsement: each submission carries its own, signed as the page would.
    const { body, type } = multipart([
      ...Object.entries({ ...form, formStamp: formStamp(Date.now() - 5000) }),
      ["name", `Load Test Learners ${n} ${Date.now()}`],
      ["type", "NGO_NETWORK"],
      ["countryCode", "GH"],
      ["website", `https://load${n}.example.org`],
      ["contactName", "Ama Owusu"],
      ["contactRole", "Director"],
      ["contactEmail", email],
      ["commitments", "3"],
      ["consentPublic", "on"],
      ["locale", "en"],
    ]);
    return {
      ...request,
      body,
      headers: {
        ...request.headers,
        "content-type": type,
        origin: base,
        "x-forwarded-for": `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
      },
    };
  };
  log("POST endorsement submissions");
  rows.push(
    await measure(
      "endorsement submission (valid, unique)",
      { url: `${base}/en/endorse`, requests: [{ method: "POST", setupRequest: (request) => submission(request) }] },
      postWarmSeconds,
    ),
  );

  // Confirmations: the "Confirm" button of the emailed link, each with its own single-use token,
  // posted where the page's form says and as a browser encodes a form without a file.
  const confirmPage = await (await fetch(`${base}/en/endorse/confirm?token=${benchToken(100_001)}`)).text();
  const confirmForm = hiddenFields(confirmPage);
  const confirmAction = /<form[^>]*\saction="(\/[^"]+)"/.exec(confirmPage)?.[1];
  if (!confirmAction) throw new Error("The confirmation page has no form to post");
  const confirmation = (n: number) => new URLSearchParams({ ...confirmForm, token: benchToken(n) }).toString();
  log("POST email confirmations");
  rows.push(await postEach("email confirmation", `${base}${confirmAction}`, base, confirmable.origin, confirmation));
  // As deployed: over TLS through nginx, shared between the two instances.
  log("POST email confirmations through the proxy");
  rows.push(
    await postEach("proxy: email confirmation", `${proxied}${confirmAction}`, proxied, confirmable.proxy, confirmation),
  );

  const mail = await mailAfterLoad(url);
  log(`POST endorsement submissions, ${spikeConnections} connections`);
  const spike = await submissionSpike({ databaseUrl: url, url: `${base}/en/endorse`, seconds, submission, benchKey });
  rows.push(spike.row);
  log(spike.summary);

  const peakMb = rss.stop();
  const lifetimePeakMb = serverRssMb(app.pid ?? 0, "VmHWM");
  const secondPeakMb = serverRssMb(second.pid ?? 0, "VmHWM");
  const outcome = new pg.Client({ connectionString: url });
  await outcome.connect();
  const counted = await outcome.query(`SELECT
      (SELECT count(*)::int FROM "Endorsement" WHERE "name" LIKE 'Load Test Learners %') AS submitted,
      (SELECT count(*)::int FROM "Endorsement" WHERE "id" > 'bench00000000000000100000' AND "id" LIKE 'bench%' AND status = 'AWAITING_REVIEW') AS confirmed`);
  await outcome.end();
  const { submitted, confirmed } = counted.rows[0] as { submitted: number; confirmed: number };

  const rpsOf = (target: string) => rows.find((row) => row.target === target)?.rps ?? Number.NaN;
  // Each row against nginx over the same transport: the proxy is measured over TLS, against the
  // file measured beside it where it was.
  const nginxRps = (row: Row) => row.besideRps ?? rpsOf(row.target.startsWith("proxy:") ? nginxTlsTarget : nginxTarget);
  const bareRps = rpsOf(bareTarget);
  const header = [
    "target",
    "req/s",
    "p50 ms",
    "p99 ms",
    "errors",
    "nginx file beside",
    "of nginx file",
    "of bare Next",
  ];
  const table = rows.map((row) => [
    row.target,
    row.rps.toFixed(0),
    row.p50.toFixed(1),
    row.p99.toFixed(1),
    `${row.errors}/${row.requests}`,
    row.besideRps === undefined ? "" : row.besideRps.toFixed(0),
    `${((row.rps / nginxRps(row)) * 100).toFixed(1)}%`,
    `${((row.rps / bareRps) * 100).toFixed(0)}%`,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...table.map((row) => row[column].length)));
  console.log(
    `\nThroughput (${connections} connections, ${seconds} s each; GETs and confirmations by wrk -t2, sign-ups by autocannon; "origin" = the instance alone, "proxy" = through deploy/nginx over TLS, in front of two instances; "of nginx file" = of nginx sending the pre-compressed file over the same transport (plain HTTP, or TLS for the proxy rows; for a proxy page, "nginx file beside" = the mean of ${besideSeconds}-s runs just before and after it, decision 054); errors = socket errors, timeouts and 4xx/5xx answers; redirects count as answers)\n`,
  );
  console.log(header.map((title, i) => title.padEnd(widths[i])).join("  "));
  for (const row of table)
    console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  "));
  console.log(
    `\nStored by the load: ${submitted} new endorsements, ${confirmed} confirmations (each a distinct single-use link).`,
  );
  console.log(
    `Instance memory: ${peakMb.toFixed(0)} MB RSS at most during the load (next-server, sampled every 0.5 s); ${lifetimePeakMb.toFixed(0)} MB at most over its life (VmHWM: start, open-data builds, every load above); the second instance (proxy rows) ${secondPeakMb.toFixed(0)} MB at most over its life.`,
  );
  console.log(
    `Mail (through an SMTP server): ${mail.queued} messages queued by the post rows at ${connections} connections; ${mail.unsent} not yet sent when their last post was answered; ${mail.drainedIn === undefined ? "still not all sent 120 s later" : `all sent ${mail.drainedIn.toFixed(1)} s after it`}.`,
  );
  console.log(`Seeding 100,000 approved endorsers: ${seededIn.toFixed(1)} s`);
  reportInstanceTimes(rows, instanceTimes);
  reportOpenData(rows, snapshot);

  if (!only) log(`The instance settled after the load in ${(await untilServerIdle(app.pid ?? 0)).toFixed(0)} s`);
  for (const script of only ? [] : ["bench-size.ts", "bench-lighthouse.ts"]) {
    log(`npm run ${script.replace(".ts", "").replace("bench-", "bench:")} against the seeded site`);
    spawnSync(path.join(root, "node_modules/.bin/tsx"), [path.join("scripts", script), "--url", base], {
      cwd: root,
      stdio: "inherit",
      // One Lighthouse run per page keeps the whole bench near five minutes; bench:lighthouse alone takes the median of 3.
      env: { ...process.env, LIGHTHOUSE_RUNS: process.env.LIGHTHOUSE_RUNS ?? "1" },
    });
  }
  log("Done.");
}

main()
  .then(() => {
    stopAll();
    process.exit(0);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    stopAll();
    process.exit(1);
  });
