// Real servers, a real PostgreSQL and real sockets for the fault tests: the production build is
// started with `scripts/server.mjs`, and a TCP relay in this process stands between it and the database
// so a test can cut the line and restore it.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { createHmac, randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { parseKeyring } from "@/lib/crypto/sealed";
import { testDataKey } from "../support/data-key";

const root = path.resolve(import.meta.dirname, "../..");
export const testKeyring = parseKeyring(testDataKey);
export const authSecret = "resilience-tests-secret-0123456789abcdefghij";

export function serverUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url)
    throw new Error("The resilience tests need TEST_DATABASE_URL (a PostgreSQL role allowed to create databases).");
  return url;
}

/** A new, empty database on the test server; returns its URL. */
export async function freshDatabase(name: string) {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Migrates and loads the campaign content (no demo data). */
export function setUpDatabase(databaseUrl: string) {
  const result = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/db.ts", "setup"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_KEY: testDataKey, SEED_DEMO: "0" },
      encoding: "utf8",
    },
  );
  if (result.status !== 0) throw new Error(`db setup failed:\n${result.stdout}\n${result.stderr}`);
}

export type App = { url: string; process: ChildProcess; log: string[]; stop(signal?: NodeJS.Signals): Promise<void> };

/** `scripts/server.mjs` on the production build (run `npm run build` first). */
export async function startApp(options: {
  port: number;
  databaseUrl: string;
  name: string;
  env?: Record<string, string>;
  /** Instead of `node scripts/server.mjs --port <port>`, e.g. the ExecStart of the systemd unit. */
  command?: { command: string; args: string[] };
}) {
  const dataDir = path.join(root, ".tmp", `resilience-${options.name}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const { command, args } = options.command ?? {
    command: process.execPath,
    args: ["scripts/server.mjs", "--port", String(options.port)],
  };
  const child = spawn(command, args, {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: options.databaseUrl,
      DATA_DIR: dataDir,
      SITE_URL: `http://localhost:${options.port}`,
      AUTH_SECRET: authSecret,
      DATA_KEY: testDataKey,
      SMTP_URL: "",
      // The tests stand in for a proxy: they send X-Forwarded-For to look like many visitors.
      TRUST_PROXY: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const logFile = path.join(dataDir, "server.log");
  const record = (chunk: unknown) => {
    log.push(String(chunk));
    appendFileSync(logFile, String(chunk));
  };
  child.stdout?.on("data", record);
  child.stderr?.on("data", record);
  const url = `http://localhost:${options.port}`;
  const app: App = {
    url,
    process: child,
    log,
    stop: (signal = "SIGTERM") =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill(signal);
      }),
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited:\n${log.join("")}`);
    try {
      const response = await fetch(`${url}/en`);
      if (response.status < 500) return app;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await app.stop();
  throw new Error(`the server did not answer:\n${log.join("")}`);
}

/** A TCP relay to the database that can be cut (connections dropped, new ones refused) and restored. */
export async function databaseRelay(databaseUrl: string, port: number) {
  const target = new URL(databaseUrl);
  const sockets = new Set<net.Socket>();
  let server: net.Server | undefined;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = net.createServer((client) => {
        const upstream = net.connect(Number(target.port || 5432), target.hostname);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => {});
        }
        client.pipe(upstream).pipe(client);
      });
      server.listen(port, "127.0.0.1", () => resolve());
    });
  await listen();
  const relayed = new URL(databaseUrl);
  relayed.hostname = "127.0.0.1";
  relayed.port = String(port);
  return {
    url: relayed.toString(),
    async cut() {
      await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
      for (const socket of sockets) socket.destroy();
    },
    restore: listen,
    close: async () => {
      await new Promise<void>((resolve) => server?.close(() => resolve()) ?? resolve());
      for (const socket of sockets) socket.destroy();
    },
  };
}

const entities: Record<string, string> = {
  "&quot;": '"',
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&#x27;": "'",
  "&#39;": "'",
};

/** The hidden inputs in a piece of HTML, decoded: what a browser without JavaScript posts back. */
export function hiddenInputs(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name) fields[name] = value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (entity) => entities[entity]);
  }
  return fields;
}

/** The hidden fields of the endorsement form as a browser without JavaScript would post them. */
export async function formFields(url: string): Promise<Record<string, string>> {
  const fields = hiddenInputs(await (await fetch(`${url}/en/endorse`)).text());
  if (!fields.formStamp) throw new Error("No endorsement form found");
  return fields;
}

export type Submission = { name: string; email: string; ip: string; logo?: Blob };

/** Posts the endorsement form without JavaScript, as a browser would; the answer as it came. */
export function postEndorsement(url: string, hidden: Record<string, string>, person: Submission) {
  const body = new FormData();
  for (const [name, value] of Object.entries(hidden)) body.set(name, value);
  // A stamp makes one endorsement, so each submission carries its own, as if each came from a page
  // opened a few seconds earlier.
  body.set("formStamp", formStamp(Date.now() - 5000));
  const fields: Record<string, string> = {
    name: person.name,
    type: "NGO_NETWORK",
    countryCode: "KE",
    city: "Nairobi",
    website: `https://${person.email.split("@")[1]}`,
    contactName: "Wanjiru Kamau",
    contactRole: "Coordinator",
    contactEmail: person.email,
    consentPublic: "on",
    locale: "en",
  };
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  body.append("commitments", "3");
  if (person.logo) body.set("logo", person.logo, "logo.png");
  return fetch(`${url}/en/endorse`, {
    method: "POST",
    body,
    headers: { "X-Forwarded-For": person.ip, Origin: url },
    redirect: "manual",
  });
}

/** Posts the endorsement form without JavaScript; the answer's status and whether it says "sent". */
export async function submit(url: string, hidden: Record<string, string>, person: Submission) {
  const response = await postEndorsement(url, hidden, person);
  const html = await response.text();
  // A sent form is a 303 to the static "check your email" page (decision 032). A form refused at the
  // busy door is a 303 to the static "send it again" page, or a 503 "go back and send it again" page
  // (the server's door for posts, decision 034, or the proxy's while the form's door is full); every
  // other refusal comes back with the form, typed values and a message.
  const location = response.headers.get("location") ?? "";
  const busy = (response.status === 303 && location.endsWith("/endorse/busy")) || response.status === 503;
  return { status: response.status, sent: response.status === 303 && location.endsWith("/endorse/sent"), busy, html };
}

/** A form stamp as the endorsement page signs it (lib/security/form-guard.server.ts), with the tests' secret. */
export function formStamp(issuedAt: number) {
  const value = `${issuedAt}:${randomBytes(9).toString("base64url")}`;
  return `${value}.${createHmac("sha256", authSecret).update(`form:${value}`).digest("base64url")}`;
}

/** Waits until the form's signed stamp is old enough to be accepted (a bot check wants ≥ 3 s). */
export const stampAge = () => new Promise((resolve) => setTimeout(resolve, 3100));

export function database(url: string) {
  return new pg.Pool({ connectionString: url, max: 2 });
}

export type Nginx = { url: string; dir: string; log: () => string; stop(): Promise<void> };

/**
 * Debian's nginx (nginx-light) in the foreground with the given http-block contents; its pid, logs
 * and temp files in `.tmp/nginx-<name>`. Resolves once every port in `ports` accepts connections.
 */
export async function runNginx(options: { name: string; ports: number[]; http: (dir: string) => string }) {
  const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((candidate) => existsSync(candidate));
  if (!binary) throw new Error("nginx is missing: apt-get install -y nginx-light (.ci/run does)");
  const dir = path.join(root, ".tmp", `nginx-${options.name}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // Workers run as the user running the tests (the directive is ignored when that is not root).
  const config = `worker_processes 1;
user ${userInfo().username};
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
${options.http(dir)}
}
`;
  writeFileSync(path.join(dir, "nginx.conf"), config);
  const child = spawn(binary, ["-c", path.join(dir, "nginx.conf"), "-p", dir], { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk) => {
    stderr += String(chunk);
  });
  const log = () =>
    `${stderr}${existsSync(path.join(dir, "error.log")) ? readFileSync(path.join(dir, "error.log"), "utf8") : ""}`;
  for (const port of options.ports) {
    for (let attempt = 0; ; attempt++) {
      if (child.exitCode !== null) throw new Error(`nginx exited:\n${log()}`);
      if (await accepts(port)) break;
      if (attempt === 50) throw new Error(`nginx does not listen on ${port}:\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  const nginx: Nginx = {
    url: `http://localhost:${options.ports[0]}`,
    dir,
    log,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
  return nginx;
}

function accepts(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** nginx on loopback, balancing round-robin over the given app ports (plain http). */
export function startNginx(port: number, upstreamPorts: number[]) {
  return runNginx({
    name: String(port),
    ports: [port],
    http: () => `  upstream app { ${upstreamPorts.map((p) => `server 127.0.0.1:${p};`).join(" ")} keepalive 32; }
  server {
    listen 127.0.0.1:${port};
    client_max_body_size 10m;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      add_header X-Upstream $upstream_addr always;
    }
  }`,
  });
}

/** Submits the first form in `html` that contains `marker`, as a browser without JavaScript would. */
export async function postForm(
  pageUrl: string,
  html: string,
  marker: string,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) {
  const form = [...html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)].find(([whole]) => whole.includes(marker));
  if (!form) throw new Error(`No form with ${marker} on ${pageUrl}`);
  const body = new FormData();
  for (const [name, value] of Object.entries({ ...hiddenInputs(form[2]), ...fields })) body.set(name, value);
  // Where a browser sends it: the form's action, or the page itself (a server action's form).
  const action = /\saction="([^"]+)"/.exec(form[1])?.[1];
  return fetch(action ? new URL(action.replace(/&amp;/g, "&"), pageUrl) : pageUrl, {
    method: "POST",
    body,
    headers: { Origin: new URL(pageUrl).origin, ...headers },
    redirect: "manual",
  });
}

/** Presses "Approve" on the admin's review page; the answer is a 303 when it worked. */
export async function approveThroughAdmin(url: string, cookie: string, id: string) {
  const page = `${url}/admin/endorsements/${id}`;
  const html = await (await fetch(page, { headers: { cookie } })).text();
  return postForm(page, html, 'value="approve"', { decision: "approve" }, { cookie });
}

/** A staff account made with the project's own command. */
export function createStaff(databaseUrl: string, email: string, password: string, role = "admin") {
  const result = spawnSync(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", "scripts/admin-create.ts", "--email", email, "--name", "Test Admin", "--role", role],
    { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: password }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`admin:create failed:\n${result.stdout}\n${result.stderr}`);
}

/** Signs in through the no-JavaScript form and returns the session cookie. */
export async function signInCookie(url: string, email: string, password: string) {
  const html = await (await fetch(`${url}/admin/sign-in`)).text();
  const body = new FormData();
  for (const [tag] of html.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(tag)?.[1];
    const value = /value="([^"]*)"/.exec(tag)?.[1] ?? "";
    if (name)
      body.set(
        name,
        value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (entity) => entities[entity]),
      );
  }
  body.set("email", email);
  body.set("password", password);
  const response = await fetch(`${url}/admin/sign-in`, {
    method: "POST",
    body,
    redirect: "manual",
    headers: { Origin: url },
  });
  // Auth.js prefixes the name with __Secure- when SITE_URL is https.
  const cookie = response.headers.getSetCookie().find((value) => /^(__Secure-)?authjs\.session-token=/.test(value));
  if (!cookie) throw new Error(`No session cookie (status ${response.status})`);
  return { cookie: cookie.split(";")[0], setCookie: cookie, location: response.headers.get("location") };
}
