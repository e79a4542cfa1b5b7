// The shipped deployment files (deploy/, scripts/backup.sh, scripts/restore.sh) run as they are on
// 127.0.0.1: only ports, paths and the certificate are substituted.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { runNginx } from "./support";

const root = path.resolve(import.meta.dirname, "../..");

/** A self-signed certificate for localhost and 127.0.0.1, made with openssl. */
export function selfSignedCertificate(dir: string) {
  mkdirSync(dir, { recursive: true });
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  run("openssl", [
    "req",
    "-x509",
    "-newkey",
    "ec",
    "-pkeyopt",
    "ec_paramgen_curve:prime256v1",
    "-nodes",
    "-days",
    "2",
    "-subj",
    "/CN=localhost",
    "-addext",
    "subjectAltName=DNS:localhost,IP:127.0.0.1",
    "-keyout",
    key,
    "-out",
    cert,
  ]);
  return { cert, key, pem: readFileSync(cert, "utf8") };
}

/**
 * Makes this process's fetch trust the given certificate (and the system's CAs). Uses the Agent
 * class of Node's own undici, so no second copy of undici is needed.
 */
export async function trustCertificate(pem: string | string[]) {
  await fetch("data:,"); // loads Node's undici, which installs its global dispatcher
  const key = Symbol.for("undici.globalDispatcher.1");
  const holder = globalThis as unknown as Record<symbol, object>;
  const Agent = holder[key].constructor as new (options: object) => object;
  const { rootCertificates } = await import("node:tls");
  holder[key] = new Agent({ connect: { ca: [...rootCertificates, ...[pem].flat()] } });
}

type SiteOptions = {
  httpPort: number;
  tlsPort: number;
  upstreamPorts: [number, number];
  cert: string;
  key: string;
  cacheDir: string;
  staticDir: string;
};

/** deploy/nginx/we-are-ale.conf with the test's ports and paths; every substitution must apply. */
export function siteConfig(options: SiteOptions): string {
  let config = readFileSync(path.join(root, "deploy/nginx/we-are-ale.conf"), "utf8");
  const replace = (from: string | RegExp, to: string) => {
    const next = config.replace(from, to);
    if (next === config) throw new Error(`deploy/nginx/we-are-ale.conf no longer contains ${from}`);
    config = next;
  };
  replace(/^\s*listen \[::\]:\d+.*\n/gm, "");
  replace("listen 80;", `listen 127.0.0.1:${options.httpPort};`);
  replace("listen 443 ssl http2;", `listen 127.0.0.1:${options.tlsPort} ssl http2;`);
  replace(/server_name we-are-ale\.org;/g, "server_name localhost;");
  replace("server 127.0.0.1:3001", `server 127.0.0.1:${options.upstreamPorts[0]}`);
  replace("server 127.0.0.1:3002", `server 127.0.0.1:${options.upstreamPorts[1]}`);
  replace("/etc/letsencrypt/live/we-are-ale.org/fullchain.pem", options.cert);
  replace("/etc/letsencrypt/live/we-are-ale.org/privkey.pem", options.key);
  replace("/var/cache/nginx/we-are-ale", options.cacheDir);
  replace("/srv/we-are-ale/current/.next/static/", `${options.staticDir}/`);
  return config;
}

/** nginx with the shipped site: TLS on tlsPort, the http → https redirect on httpPort. */
export async function startDeployedNginx(options: Omit<SiteOptions, "cert" | "key" | "cacheDir" | "staticDir">) {
  let certificate: ReturnType<typeof selfSignedCertificate> | undefined;
  const nginx = await runNginx({
    name: `deploy-${options.tlsPort}`,
    ports: [options.tlsPort, options.httpPort],
    http: (dir) => {
      certificate = selfSignedCertificate(path.join(dir, "tls"));
      return siteConfig({
        ...options,
        cert: certificate.cert,
        key: certificate.key,
        cacheDir: path.join(dir, "cache"),
        staticDir: path.join(root, ".next/static"),
      });
    },
  });
  if (!certificate) throw new Error("no certificate");
  return { ...nginx, url: `https://localhost:${options.tlsPort}`, certificate };
}

/** The KEY=value lines of deploy/we-are-ale.env.example (values may be in double quotes). */
export function exampleEnvironment(): Record<string, string> {
  const text = readFileSync(path.join(root, "deploy/we-are-ale.env.example"), "utf8");
  const entries = [...text.matchAll(/^([A-Z_]+)=(.*)$/gm)].map(([, key, value]) => [
    key,
    value.replace(/^"(.*)"$/, "$1"),
  ]);
  return Object.fromEntries(entries);
}

export const unitFile = path.join(root, "deploy/systemd/we-are-ale@.service");

/** The ExecStart and Environment of deploy/systemd/we-are-ale@.service for the instance on `port`. */
export function unitCommand(port: number) {
  const unit = readFileSync(unitFile, "utf8");
  const execStart = /^ExecStart=(.*)$/m.exec(unit)?.[1];
  if (!execStart) throw new Error("no ExecStart in the unit");
  const [node, ...args] = execStart.replaceAll("%i", String(port)).split(/\s+/);
  if (node !== "/usr/bin/node") throw new Error(`the unit runs ${node}, not /usr/bin/node`);
  const env = Object.fromEntries(
    [...unit.matchAll(/^Environment=(.*)$/gm)].flatMap(([, list]) => list.split(/\s+/).map((pair) => pair.split("="))),
  );
  // This checkout stands in for WorkingDirectory=/srv/we-are-ale/current; the Node running the tests for /usr/bin/node.
  return { command: { command: process.execPath, args }, env: env as Record<string, string> };
}

/** scripts/backup.sh into `dir`; returns the file it wrote. */
export function backup(databaseUrl: string, dir: string) {
  return run(path.join(root, "scripts/backup.sh"), [dir], { DATABASE_URL: databaseUrl }).trim();
}

export function restore(databaseUrl: string, file: string) {
  run(path.join(root, "scripts/restore.sh"), [file], { DATABASE_URL: databaseUrl });
}

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}
