// Open data as snapshots (issue 13, decision 031): the whole list as JSON and CSV files, rebuilt
// after a change of the public list, served stored-compressed with an ETag per version.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as csvRoute } from "@/app/api/endorsers/csv/route";
import { GET as jsonRoute } from "@/app/api/endorsers/json/route";
import { useConnection } from "@/lib/db/client.server";
import { approveEndorsement, eraseEndorsement, type LifecycleActor } from "@/lib/endorsements/lifecycle.server";
import { openDataCsvRow, openDataFields, openDataPages } from "@/lib/endorsements/open-data.server";
import { build, openDataSnapshot } from "@/lib/endorsements/open-data-snapshot.server";
import { freshAnswer, keepAnswer } from "@/lib/http/response-cache.mjs";
import { passStoredEncodings } from "@/lib/http/stored-encoding.server";
import { recordHead } from "@/lib/public-record/record.server";
import { seedCampaignContent } from "@/prisma/seed/index";
import { openTestDatabase, testDatabaseKind } from "./support/database";
import { endorsementIn } from "./support/endorsers";

let database: Awaited<ReturnType<typeof openTestDatabase>>;
let moderator: LifecycleActor;
const site = "https://we-are-ale.test";

const get = (route: (request: Request) => Promise<Response>, headers: Record<string, string> = {}, method = "GET") =>
  route(new Request(`${site}/api/endorsers/x`, { headers, method }));
const json = (headers: Record<string, string> = {}) => get(jsonRoute, headers);
const csv = (headers: Record<string, string> = {}) => get(csvRoute, headers);
const text = async (response: Response) => Buffer.from(await response.arrayBuffer()).toString("utf8");

/** Every approved endorser as the paged reads give them, `size` at a time. */
async function pagedList(size = 2) {
  const endorsers = [];
  for await (const page of openDataPages(size)) endorsers.push(...page);
  return endorsers;
}

/** Every file of every snapshot folder on disk, decompressed. */
function filesOnDisk(root: string) {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const bytes = readFileSync(path.join(entry.parentPath, entry.name));
      const plain = entry.name.endsWith(".gz")
        ? gunzipSync(bytes)
        : entry.name.endsWith(".br")
          ? brotliDecompressSync(bytes)
          : bytes;
      return { name: entry.name, text: plain.toString("utf8") };
    });
}

/** Rewrites fields of the manifest a snapshot folder holds (decision 056). */
function editManifest(dir: string, fields: Record<string, string>) {
  const manifest = path.join(dir, "snapshot.json");
  writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), ...fields }));
}

describe(`open-data snapshots on ${testDatabaseKind}`, () => {
  let dataDir: string;
  beforeAll(async () => {
    passStoredEncodings(); // as instrumentation.ts does: compressed files may be sent
    dataDir = mkdtempSync(path.join(os.tmpdir(), "ale-open-data-"));
    process.env.DATA_DIR = dataDir;
    process.env.SITE_URL = site;
    database = await openTestDatabase();
    useConnection(database);
    await seedCampaignContent(database.prisma);
    const staff = await database.prisma.staffUser.create({
      data: { email: "mod@snapshots.test", name: "Mira", passwordHash: "x", role: "MODERATOR" },
    });
    moderator = { id: staff.id, email: staff.email, role: staff.role };
    for (let i = 0; i < 3; i++) await endorsementIn("APPROVED", { commitments: ["2", "5"] }, moderator);
    await endorsementIn("AWAITING_REVIEW");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("holds the paged reads' list, as JSON and as CSV, and no contact person", async () => {
    const expected = await pagedList();
    expect(expected).toHaveLength(3);
    const whole = await json();
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-disposition")).toBe('attachment; filename="we-are-ale-endorsers.json"');
    const head = await database.prisma.publicRecordEntry.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(await whole.json()).toEqual({
      endorsers: expected,
      next: null,
      recordEntry: head.seq,
      recordEntryHash: head.hash,
      licence: "CC BY 4.0",
      source: "We are ALE",
    });

    const table = await csv();
    expect(table.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(table.headers.get("content-disposition")).toBe('attachment; filename="we-are-ale-endorsers.csv"');
    const lines = (await text(table)).trimEnd().split("\n");
    expect(lines[0]).toBe(openDataFields.join(","));
    expect(lines.slice(1)).toHaveLength(3);
    expect(lines[1]).toBe(
      openDataCsvRow(expected[0])
        .map((cell) => `"${Array.isArray(cell) ? cell.join(" ") : (cell ?? "")}"`)
        .join(","),
    );

    // endorsementIn's contact is "Awa Diop", Director, awa@evening….example.org.
    const files = filesOnDisk(path.join(dataDir, "open-data"));
    expect(files.map((file) => file.name).sort()).toEqual([
      "snapshot.json",
      "we-are-ale-endorsers.csv",
      "we-are-ale-endorsers.csv.br",
      "we-are-ale-endorsers.csv.gz",
      "we-are-ale-endorsers.json",
      "we-are-ale-endorsers.json.br",
      "we-are-ale-endorsers.json.gz",
    ]);
    for (const file of files) expect(file.text, file.name).not.toMatch(/Awa Diop|Director|awa@/);
  });

  it("sends the stored encoding the client accepts, with its length, and the same list in each", async () => {
    const plain = await json({ "accept-encoding": "identity" });
    const body = Buffer.from(await plain.arrayBuffer());
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("content-length")).toBe(String(body.length));
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    expect(plain.headers.get("cache-control")).toMatch(/^public, max-age=3/);

    for (const [accept, encoding, decode] of [
      ["gzip, deflate", "gzip", gunzipSync],
      ["gzip;q=0.5, br", "br", brotliDecompressSync],
      ["br;q=0, gzip", "gzip", gunzipSync],
    ] as const) {
      const answer = await json({ "accept-encoding": accept });
      const bytes = Buffer.from(await answer.arrayBuffer());
      expect(answer.headers.get("content-encoding"), accept).toBe(encoding);
      expect(answer.headers.get("content-length"), accept).toBe(String(bytes.length));
      expect(bytes.length, accept).toBeLessThan(body.length);
      expect(decode(bytes).equals(body), accept).toBe(true);
    }

    const head = await get(jsonRoute, { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(await head.arrayBuffer()).toHaveProperty("byteLength", 0);
    expect(Number(head.headers.get("content-length"))).toBeGreaterThan(100);
    expect(head.headers.get("content-encoding")).toBe("gzip");
  });

  it("answers 304 to a client that has the version, in any encoding, even marked weak by a proxy", async () => {
    const gzip = (await json({ "accept-encoding": "gzip" })).headers.get("etag") as string;
    const plain = (await json({ "accept-encoding": "identity" })).headers.get("etag") as string;
    expect(gzip).toMatch(/^"[\w-]{32}-gzip"$/);
    expect(plain).toBe(gzip.replace("-gzip", ""));
    for (const known of [gzip, plain, `W/${gzip}`, `"other", ${plain}`, "*"]) {
      const again = await json({ "if-none-match": known, "accept-encoding": "gzip" });
      expect(again.status, known).toBe(304);
      expect(again.headers.get("etag"), known).toBe(gzip);
      expect(await again.arrayBuffer(), known).toHaveProperty("byteLength", 0);
    }
    for (const unknown of ['"other"', "garbage", `${plain.slice(0, -2)}"`]) {
      expect((await json({ "if-none-match": unknown })).status, unknown).toBe(200);
    }
    // The CSV is another file: its tags are its own.
    expect((await csv({ "if-none-match": plain })).status).toBe(200);
  });

  it("after a change keeps serving the previous version until the new one is built", async () => {
    const before = await json();
    const etag = before.headers.get("etag");
    const listed = (await before.json()).endorsers.length;
    const added = await endorsementIn("APPROVED", {}, moderator);
    await new Promise((resolve) => setTimeout(resolve, 600)); // the version is re-read every 0.5 s

    // The instance's one-second cache holds an answer of the version being replaced (decision 033).
    const kept = { status: 200, body: Buffer.from("previous"), storedAt: Date.now() };
    keepAnswer("gzip /api/endorsers/json", { ...kept, headers: [["cache-control", "public, max-age=3"]] });
    // This request notices the change, starts the rebuild and gets the version it replaces.
    const during = await json();
    expect(during.headers.get("etag")).toBe(etag);
    expect((await during.json()).endorsers).toHaveLength(listed);

    const rebuilt = await openDataSnapshot({ latest: true });
    expect(freshAnswer("gzip /api/endorsers/json")).toBeUndefined();
    const after = await json();
    expect(after.headers.get("etag")).not.toBe(etag);
    expect(after.headers.get("etag")).toBe(rebuilt.files.json.etags.identity);
    const slugs = ((await after.json()).endorsers as { slug: string }[]).map((e) => e.slug);
    expect(slugs).toHaveLength(listed + 1);
    expect(slugs).toContain(added.slug);
    expect((await json({ "if-none-match": etag as string })).status).toBe(200);
  });

  it("sends at once the version another instance sharing DATA_DIR built, its files linked, not built again", async () => {
    const before = await openDataSnapshot({ latest: true });
    const added = await endorsementIn("APPROVED", {}, moderator);
    // Another instance (its own folder beside this one's) has built the list with the change.
    const theirs = await build(path.join(dataDir, "open-data", `${process.ppid}-another`), await recordHead());
    await new Promise((resolve) => setTimeout(resolve, 600)); // the version is re-read every 0.5 s

    // The first request after the change gets the new version, as the other instance sends it.
    const during = await json();
    expect(during.headers.get("etag")).toBe(theirs.files.json.etags.identity);
    expect(((await during.json()).endorsers as { slug: string }[]).map((e) => e.slug)).toContain(added.slug);
    const ours = await openDataSnapshot();
    expect(path.dirname(ours.dir)).toBe(path.dirname(before.dir));
    expect(ours.files).toEqual(theirs.files);
    for (const name of readdirSync(theirs.dir))
      expect(statSync(path.join(ours.dir, name)).ino, name).toBe(statSync(path.join(theirs.dir, name)).ino);
  });

  it("builds its own when the other instance's files name another site, are another release's, or are partly gone", async () => {
    const name = "we-are-ale-endorsers.json";
    const spoilers: Record<string, (dir: string) => void> = {
      "another site": (dir) => editManifest(dir, { siteUrl: "https://another-site.test" }),
      "another release": (dir) => editManifest(dir, { format: "an-older-release" }),
      // A folder being deleted as it is read: every name must be there, or nothing is taken.
      "a file gone": (dir) => rmSync(path.join(dir, `${name}.br`)),
    };
    for (const [spoiler, spoil] of Object.entries(spoilers)) {
      await endorsementIn("APPROVED", {}, moderator);
      const head = await recordHead();
      const theirs = await build(
        path.join(dataDir, "open-data", `${process.ppid}-${spoiler.replace(/ /g, "-")}`),
        head,
      );
      spoil(theirs.dir);

      const ours = await openDataSnapshot({ latest: true });
      expect(ours.head, spoiler).toEqual(head);
      expect(statSync(path.join(ours.dir, name)).ino, spoiler).not.toBe(statSync(path.join(theirs.dir, name)).ino);
      expect(readdirSync(ours.dir), spoiler).toContain(`${name}.br`);
    }
  });

  it("leaves out an erased endorser once rebuilt, in every file and encoding", async () => {
    const leaving = await endorsementIn("APPROVED", { name: "Erased Evening School" }, moderator);
    const listing = await openDataSnapshot({ latest: true });
    expect(await text(await csv())).toContain("Erased Evening School");
    await eraseEndorsement(leaving.id);
    const rebuilt = await openDataSnapshot({ latest: true });
    expect(rebuilt.head.seq).toBeGreaterThan(listing.head.seq);
    for (const answer of [await json(), await csv(), await json({ "accept-encoding": "br" })]) {
      expect(answer.status).toBe(200);
      const body =
        answer.headers.get("content-encoding") === "br"
          ? brotliDecompressSync(Buffer.from(await answer.arrayBuffer())).toString()
          : await text(answer);
      expect(body).not.toContain("Erased Evening School");
      expect(body).not.toContain(leaving.slug);
    }
    for (const file of filesOnDisk(rebuilt.dir)) expect(file.text, file.name).not.toContain("Erased Evening School");
  });

  it("builds across many database pages without losing or repeating anyone", async () => {
    const template = await database.prisma.endorsement.findFirstOrThrow({ where: { status: "APPROVED" } });
    const {
      id: _id,
      slug: _slug,
      name: _name,
      nameKey: _nameKey,
      inviteCode: _code,
      contactEmailHash: _hash,
      ...rest
    } = template;
    await database.prisma.endorsement.createMany({
      data: Array.from({ length: 2100 }, (_, i) => ({
        ...rest,
        id: `bulk${String(i).padStart(21, "0")}`,
        slug: `bulk-learning-${i}`,
        name: `Bulk Learning ${i}`,
        nameKey: `bulk learning ${i}`,
        inviteCode: `bulk${i}`,
        contactEmailHash: `bulk:${i}`,
      })),
    });
    // The bulk rows bypass the lifecycle (no record entry): approving one more moves the version.
    const more = await endorsementIn("AWAITING_REVIEW");
    await approveEndorsement(more.id, moderator);
    await openDataSnapshot({ latest: true });
    const slugs = ((await (await json()).json()).endorsers as { slug: string }[]).map((e) => e.slug);
    const expected = (await pagedList(1000)).map((e) => e.slug);
    expect(slugs.length).toBeGreaterThan(2100);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toEqual(expected);
    const rows = (await text(await csv())).trimEnd().split("\n");
    expect(rows).toHaveLength(slugs.length + 1);
  });

  it("refuses a malformed cursor and ignores malformed negotiation headers", async () => {
    const cursor = await jsonRoute(new Request(`${site}/api/endorsers/json?after=%27%3B--`));
    expect(cursor.status).toBe(400);
    const odd = await json({ "accept-encoding": "gzip, ;;, br;q=2, deflate;q=nonsense", "if-none-match": "W/" });
    expect(odd.status).toBe(200);
    expect(odd.headers.get("content-encoding")).toBe("gzip");
  });
});
