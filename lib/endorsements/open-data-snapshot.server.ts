import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, readFileSync } from "node:fs";
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants, createBrotliCompress, createGzip } from "node:zlib";
import { publicCacheControl } from "../cache/http-cache";
import { csvLines } from "../csv";
import { type Database, db } from "../db/client.server";
import { env } from "../env.server";
import { type ContentEncoding, hasVersion, preferredEncoding } from "../http/conditional";
import { dropAllAnswers } from "../http/response-cache.mjs";
import { storedEncodingsPass } from "../http/stored-encoding.server";
import { recordHead } from "../public-record/record.server";
import { openDataCsvRow, openDataFields, openDataJsonFrame, openDataPages } from "./open-data.server";

// The whole open data as files (decision 031): JSON and CSV, each stored plain, gzip and brotli, in
// one folder per version of the public list (the public record's last entry number). Built from the
// database a page at a time through the compressors, so memory stays flat at any size; served by
// streaming the stored file, so a download costs no query and no compression. Instances sharing
// DATA_DIR share what they built: one that finds a version another already built links its files
// instead of building it again (decision 056), so both send the same version, with the same ETag.

export type OpenDataFormat = "json" | "csv";

export const snapshotEncodings = ["br", "gzip", "identity"] as const satisfies readonly ContentEncoding[];

const fileNames: Record<OpenDataFormat, string> = {
  json: "we-are-ale-endorsers.json",
  csv: "we-are-ale-endorsers.csv",
};
const suffixes: Record<ContentEncoding, string> = { identity: "", gzip: ".gz", br: ".br" };

/** Rows read per query while building: larger pages build a little faster but grow the heap (decision 034). */
const buildPageSize = 2000;
/** The public record is re-read at most this often per instance (the page cache's own rhythm). */
const versionCheckMs = 500;
/** How long a replaced snapshot stays on disk for the downloads that picked it just before. */
const replacedKeptMs = 10_000;
/** What a finished snapshot folder says of itself, for the other instances (decision 056). */
const manifestName = "snapshot.json";

type StoredFile = { etags: Record<ContentEncoding, string>; sizes: Record<ContentEncoding, number> };

type Head = Awaited<ReturnType<typeof recordHead>>;

export type Snapshot = {
  /** The public record's last entry when the build began: the list is at least that new. */
  head: Head;
  dir: string;
  builtAt: number;
  buildMs: number;
  endorsers: number;
  files: Record<OpenDataFormat, StoredFile>;
};

/** One format being written: every chunk goes to the plain file and through both compressors. */
class SnapshotWriter {
  private readonly hash = createHash("sha256");
  private readonly sinks: { input: Writable; done: Promise<void> }[];

  constructor(
    private readonly dir: string,
    private readonly name: string,
  ) {
    this.sinks = snapshotEncodings.map((encoding) => {
      const file = createWriteStream(path.join(dir, name + suffixes[encoding]));
      if (encoding === "identity")
        return { input: file, done: new Promise((ok, fail) => file.on("finish", ok).on("error", fail)) };
      const compressor =
        encoding === "gzip"
          ? createGzip({ level: 6 })
          : // Quality 5: most of brotli's gain over gzip at a fraction of its default (11) cost.
            createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
      return { input: compressor, done: pipeline(compressor, file) };
    });
  }

  async write(text: string) {
    if (!text) return;
    const chunk = Buffer.from(text);
    this.hash.update(chunk);
    await Promise.all(
      this.sinks.map(({ input, done }) =>
        input.write(chunk) ? undefined : Promise.race([new Promise((ok) => input.once("drain", ok)), done]),
      ),
    );
  }

  async end(): Promise<StoredFile> {
    for (const { input } of this.sinks) input.end();
    await Promise.all(this.sinks.map(({ done }) => done));
    const version = this.hash.digest("base64url").slice(0, 32);
    const sizes = Object.fromEntries(
      await Promise.all(
        snapshotEncodings.map(async (encoding) => [
          encoding,
          (await stat(path.join(this.dir, this.name + suffixes[encoding]))).size,
        ]),
      ),
    ) as Record<ContentEncoding, number>;
    // One tag per stored representation (a compressed file is not the same bytes), all naming the
    // same content; the content's hash makes every instance give the same tags for the same list.
    const etags = { identity: `"${version}"`, gzip: `"${version}-gzip"`, br: `"${version}-br"` };
    return { etags, sizes };
  }
}

const buildingFolder = (root: string) => path.join(root, `.building-${randomBytes(6).toString("hex")}`);
const versionFolder = (root: string, head: Head) => path.join(root, `${head.seq}-${randomBytes(4).toString("hex")}`);

/**
 * Writes the list as it is now into a new folder under `root`, renamed into place once complete
 * (exported for the tests, which play another instance with it).
 * `head` is read before the rows: a change committed meanwhile leaves the files newer than the
 * number says, never older, and the next check sees a higher number and builds again.
 */
export async function build(root: string, head: Head): Promise<Snapshot> {
  const started = Date.now();
  const building = buildingFolder(root);
  await mkdir(building, { recursive: true });
  try {
    const json = new SnapshotWriter(building, fileNames.json);
    const csv = new SnapshotWriter(building, fileNames.csv);
    await json.write(openDataJsonFrame.head);
    await csv.write(`${openDataFields.join(",")}\n`);
    let endorsers = 0;
    for await (const page of openDataPages(buildPageSize)) {
      if (page.length === 0) continue;
      await json.write((endorsers > 0 ? "," : "") + page.map((endorser) => JSON.stringify(endorser)).join(","));
      await csv.write(csvLines(page.map(openDataCsvRow)));
      endorsers += page.length;
    }
    await json.write(openDataJsonFrame.tail(head));
    const files = { json: await json.end(), csv: await csv.end() };
    const built = { head, builtAt: Date.now(), buildMs: Date.now() - started, endorsers, files };
    const manifest: Manifest = { ...built, siteUrl: env().SITE_URL, format: fileFormat };
    await writeFile(path.join(building, manifestName), JSON.stringify(manifest));
    const dir = versionFolder(root, head);
    await rename(building, dir);
    return { ...built, dir };
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw error;
  }
}

/**
 * What the files of a version look like in this release: its build (`.next/BUILD_ID`, as systemd
 * starts the site in its folder) and the list's fields and frame. Another release's files, left by
 * an instance not yet restarted, may be written otherwise: they are not taken.
 */
const fileFormat = (() => {
  let build = "";
  try {
    build = readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    // Not a production build (tests, development): the fields and frame alone.
  }
  const frame = [openDataJsonFrame.head, openDataJsonFrame.tail({ seq: 0, hash: "" })];
  return createHash("sha256")
    .update(JSON.stringify([build, openDataFields, frame]))
    .digest("base64url");
})();

type Manifest = Omit<Snapshot, "dir"> & { siteUrl: string; format: string };

/** Every file of a finished snapshot folder: linking each by name fails if one is missing. */
const snapshotFiles = [
  manifestName,
  ...Object.values(fileNames).flatMap((name) => snapshotEncodings.map((encoding) => name + suffixes[encoding])),
];

/**
 * The snapshot of `head` another running instance sharing DATA_DIR has finished, its files linked
 * into a folder of this instance's own (each instance deletes only its own folders); undefined when
 * there is none, or when it went or cannot be linked meanwhile. Its files name the same site
 * (SITE_URL) and are of this release's format. Each file is linked by name: a folder being deleted
 * fails on its first missing file, never yields a part of the snapshot.
 */
async function adoptFromAnotherInstance(root: string, head: Head): Promise<Snapshot | undefined> {
  const parent = path.dirname(root);
  for (const instance of await readdir(parent).catch(() => [] as string[])) {
    const theirs = path.join(parent, instance);
    const pid = ownerOf(instance);
    if (theirs === root || !pid || !isRunning(pid)) continue;
    for (const name of await readdir(theirs).catch(() => [] as string[])) {
      if (!name.startsWith(`${head.seq}-`)) continue;
      const building = buildingFolder(root);
      try {
        const found = JSON.parse(await readFile(path.join(theirs, name, manifestName), "utf8")) as Manifest;
        if (!isAt(found, head) || found.siteUrl !== env().SITE_URL || found.format !== fileFormat) continue;
        await mkdir(building, { recursive: true });
        for (const file of snapshotFiles) await link(path.join(theirs, name, file), path.join(building, file));
        const dir = versionFolder(root, head);
        await rename(building, dir);
        const { siteUrl: _, format: __, ...snapshot } = found;
        return { ...snapshot, dir };
      } catch {
        await rm(building, { recursive: true, force: true });
      }
    }
  }
  return undefined;
}

type State = {
  root: string;
  current?: Snapshot;
  /** `done` is the new snapshot in place; `adopted` too, when another instance had built it, else undefined. */
  building?: { done: Promise<Snapshot>; adopted: Promise<Snapshot | undefined> };
  latest?: { head: Head; readAt: number };
  reading?: Promise<Head>;
};

// Per database connection (one per process in production; each integration test file opens its
// own), on globalThis so that every bundle of the server (routes, instrumentation) shares it.
const shared = globalThis as unknown as { weAreAleOpenDataSnapshots?: WeakMap<Database, State> };

function stateOf(database: Database): State {
  shared.weAreAleOpenDataSnapshots ??= new WeakMap();
  let state = shared.weAreAleOpenDataSnapshots.get(database);
  if (!state) {
    const parent = path.join(env().DATA_DIR, "open-data");
    void removeFoldersOfEndedProcesses(parent);
    // Each process writes its own folder: instances sharing DATA_DIR never delete each other's files.
    state = { root: path.join(parent, `${process.pid}-${randomBytes(4).toString("hex")}`) };
    shared.weAreAleOpenDataSnapshots.set(database, state);
  }
  return state;
}

async function removeFoldersOfEndedProcesses(parent: string) {
  const names = await readdir(parent).catch(() => [] as string[]);
  for (const name of names) {
    const pid = ownerOf(name);
    if (!pid || isRunning(pid)) continue;
    await rm(path.join(parent, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** The process that owns an instance's folder under `open-data/` (named `<pid>-<random>`), or 0. */
const ownerOf = (folder: string) => Number(/^(\d+)-/.exec(folder)?.[1] ?? 0);

function isRunning(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The public list's version now, read at most every `versionCheckMs` (one query shared by all callers). */
async function latestHead(state: State): Promise<Head> {
  if (state.latest && Date.now() - state.latest.readAt < versionCheckMs) return state.latest.head;
  state.reading ??= recordHead()
    .then((head) => {
      state.latest = { head, readAt: Date.now() };
      return head;
    })
    .finally(() => {
      state.reading = undefined;
    });
  return state.reading;
}

/**
 * Starts a build unless one is running (one at a time per instance), or takes the version another
 * instance built, and swaps it in when complete. The replaced folder is deleted a little later: a
 * download that picked it just before has opened its file by then (an open file outlives its deletion).
 */
function rebuild(state: State): NonNullable<State["building"]> {
  if (state.building) return state.building;
  const adopting = recordHead().then(async (head) => ({
    head,
    adopted: await adoptFromAnotherInstance(state.root, head),
  }));
  const done = adopting
    .then(({ head, adopted }) => adopted ?? build(state.root, head))
    .then((snapshot) => {
      const replaced = state.current;
      state.current = snapshot;
      // The instance's one-second cache may hold the previous files' answer (decision 033).
      dropAllAnswers();
      if (replaced)
        setTimeout(
          () => void rm(replaced.dir, { recursive: true, force: true }).catch(() => undefined),
          replacedKeptMs,
        ).unref();
      return snapshot;
    })
    .finally(() => {
      state.building = undefined;
    });
  const adopted = adopting.then(
    ({ adopted }) => (adopted ? done.catch(() => undefined) : undefined),
    () => undefined,
  );
  state.building = { done, adopted };
  return state.building;
}

/**
 * The snapshot to serve now. When the list changed since the current one was built, a rebuild
 * starts and the current one is served meanwhile (stale while rebuilding, like the page cache),
 * unless `latest` asks for one that includes every change committed before the call, or another
 * instance has built the new one already (then it is linked and served at once). The first call of
 * a process, with nothing built yet, waits for the build.
 */
export async function openDataSnapshot(options: { latest?: boolean } = {}): Promise<Snapshot> {
  const state = stateOf(db());
  const latest = options.latest ? await recordHead() : await latestHead(state);
  const { current } = state;
  // The hash too: a record restored from a backup may have reached the same number another way.
  if (current && isAt(current, latest)) return current;
  const next = rebuild(state);
  if (current && !options.latest) {
    next.done.catch((error) =>
      console.error("[open data] snapshot build failed:", error instanceof Error ? error.message : error),
    );
    // Linking what another instance built takes milliseconds: worth waiting for, a build is not.
    return (await next.adopted.catch(() => undefined)) ?? current;
  }
  const built = await next.done;
  // A build that began before `latest` was read may not include it: then one more.
  return isAt(built, latest) ? built : rebuild(state).done;
}

const isAt = (snapshot: { head: Head }, head: Head) =>
  snapshot.head.seq === head.seq && snapshot.head.hash === head.hash;

/** Builds the first snapshot when the server starts, so the first reader does not wait. */
export async function prepareOpenDataSnapshot() {
  const started = Date.now();
  const snapshot = await openDataSnapshot({ latest: true });
  console.log(
    `[open data] snapshot of ${snapshot.endorsers} endorsers (record entry ${snapshot.head.seq}) ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

const contentTypes: Record<OpenDataFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/**
 * The whole list in `format` as a download: the stored encoding the client accepts best, its
 * Content-Length, an ETag per version (304 to a client that has it), no body for HEAD.
 */
export async function snapshotResponse(request: Request, format: OpenDataFormat): Promise<Response> {
  const snapshot = await openDataSnapshot();
  const file = snapshot.files[format];
  const encoding = storedEncodingsPass()
    ? preferredEncoding(request.headers.get("accept-encoding"), snapshotEncodings)
    : "identity";
  const headers = new Headers({
    "Cache-Control": publicCacheControl,
    "Access-Control-Allow-Origin": "*",
    ETag: file.etags[encoding],
    // Caches keep one copy per encoding.
    Vary: "Accept-Encoding",
  });
  if (hasVersion(request.headers.get("if-none-match"), Object.values(file.etags)))
    return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentTypes[format]);
  headers.set("Content-Disposition", `attachment; filename="${fileNames[format]}"`);
  // Each twice: Next.js drops the real ones, lib/http/stored-encoding.server.ts restores them.
  headers.set("Content-Length", String(file.sizes[encoding]));
  headers.set("X-Stored-Content-Length", String(file.sizes[encoding]));
  if (encoding !== "identity") {
    headers.set("Content-Encoding", encoding);
    headers.set("X-Stored-Content-Encoding", encoding);
  }
  if (request.method === "HEAD") return new Response(null, { headers });
  const stored = path.join(snapshot.dir, fileNames[format] + suffixes[encoding]);
  return new Response(Readable.toWeb(createReadStream(stored)) as ReadableStream<Uint8Array>, { headers });
}
