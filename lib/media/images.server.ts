import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "../db/client.server";
import { maxUploadBytes } from "./upload-limits";

export { maxUploadBytes };

const maxInputPixels = 40_000_000; // refuse decompression bombs before decoding them
const maxSide = 512;
const accepted = new Set(["png", "jpeg", "webp", "svg"]);

// An SVG is a program for the renderer: its cost is bounded before it runs. Real logos use a few
// hundred elements and at most a filter or two; 160 blurs took 6 s of CPU (issue 11).
export const svgLimits = { maxBytes: 512 * 1024, maxElements: 5_000, maxFilters: 4, maxFilterPrimitives: 8 };
// Each image holds one of libuv's threads (shared with scrypt for staff sign-in) and a CPU core.
export const imageLimits = { concurrent: 2, waitMs: 2_000, timeoutSeconds: 5 };

// One libvips thread per image: the semaphore, not libvips, decides how much CPU images get.
sharp.concurrency(1);

export type LogoError = "logoTooLarge" | "logoType" | "logoUnreadable" | "busy";
export type ProcessedImage = { sha256: string; bytes: Buffer; width: number; height: number; contentType: string };

type Format = "png" | "jpeg" | "webp" | "svg";

/** The format the first bytes announce, or null: checked before anything is decoded. */
export function sniffFormat(input: Buffer): Format | null {
  if (input.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (input[0] === 0xff && input[1] === 0xd8 && input[2] === 0xff) return "jpeg";
  if (input.subarray(0, 4).toString("latin1") === "RIFF" && input.subarray(8, 12).toString("latin1") === "WEBP")
    return "webp";
  const head = input
    .subarray(0, 4096)
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*>\s*)*<svg[\s>]/i.test(head)) return "svg";
  return null;
}

/** Why an SVG would cost too much to render, or null. */
export function svgProblem(input: Buffer): LogoError | null {
  if (input.length > svgLimits.maxBytes) return "logoTooLarge";
  const text = input.toString("utf8");
  if (/<!ENTITY/i.test(text)) return "logoUnreadable";
  const count = (pattern: RegExp) => text.match(pattern)?.length ?? 0;
  if (count(/<[a-z]/gi) > svgLimits.maxElements) return "logoTooLarge";
  if (count(/<(svg:)?filter[\s>/]/gi) > svgLimits.maxFilters) return "logoTooLarge";
  if (count(/<(svg:)?fe[A-Z]\w*/g) > svgLimits.maxFilterPrimitives) return "logoTooLarge";
  return null;
}

// A small semaphore: at most `concurrent` images at once; later ones wait briefly, then hear "busy".
let running = 0;
const waiting: (() => void)[] = [];

async function acquire(): Promise<boolean> {
  if (running < imageLimits.concurrent) {
    running++;
    return true;
  }
  return new Promise((resolve) => {
    const grant = () => {
      clearTimeout(timer);
      running++;
      resolve(true);
    };
    const timer = setTimeout(() => {
      waiting.splice(waiting.indexOf(grant), 1);
      resolve(false);
    }, imageLimits.waitMs);
    waiting.push(grant);
  });
}

function release() {
  running--;
  waiting.shift()?.();
}

/**
 * Re-encodes an uploaded logo as a new PNG no larger than 512 px a side: metadata and EXIF (GPS
 * included) are not copied, SVG is rasterised (scripts and links never survive), and what is not
 * really an image of an accepted type is refused, whatever its name or MIME type says. Cheap checks
 * (size, file signature, SVG complexity) come before any decoding; decoding is time-limited and
 * bounded in how many run at once ("busy" beyond that: the form keeps what was typed).
 */
export async function processLogo(input: Buffer): Promise<ProcessedImage | { error: LogoError }> {
  if (input.length > maxUploadBytes) return { error: "logoTooLarge" };
  if (input.length === 0) return { error: "logoUnreadable" };
  const format = sniffFormat(input);
  if (!format) return { error: "logoType" };
  if (format === "svg") {
    const problem = svgProblem(input);
    if (problem) return { error: problem };
  }
  if (!(await acquire())) return { error: "busy" };
  try {
    const image = sharp(input, { limitInputPixels: maxInputPixels, failOn: "error", density: 144 });
    const metadata = await image.metadata();
    if (metadata.format !== format || !accepted.has(metadata.format)) return { error: "logoType" };
    const bytes = await image
      .rotate() // apply the EXIF orientation before the EXIF is dropped
      .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9, palette: true, quality: 90 })
      .timeout({ seconds: imageLimits.timeoutSeconds })
      .toBuffer();
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    return { sha256: createHash("sha256").update(bytes).digest("hex"), bytes, width, height, contentType: "image/png" };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    return { error: /pixel limit|exceeds|timeout/i.test(message) ? "logoTooLarge" : "logoUnreadable" };
  } finally {
    release();
  }
}

/** Stores a processed image once (content-addressed) and returns its id. */
export async function storeImage(image: ProcessedImage): Promise<{ id: string; sha256: string }> {
  const { sha256, bytes, width, height, contentType } = image;
  return db().image.upsert({
    where: { sha256 },
    create: { sha256, bytes: new Uint8Array(bytes), width, height, contentType },
    update: {},
    select: { id: true, sha256: true },
  });
}

/**
 * An image with who may see it: "public" while a public record shows it (an approved endorsement
 * with its logo shown, a partner, a published article or event); "unused" when nothing uses it yet
 * (a logo just uploaded with the form: only its sender knows the hash); otherwise "restricted"
 * (a rejected, pending or withdrawn endorsement's logo: staff and its endorser only).
 */
export async function findImage(sha256: string) {
  if (!/^[a-f0-9]{64}$/.test(sha256)) return null;
  const image = await db().image.findUnique({
    where: { sha256 },
    select: {
      bytes: true,
      contentType: true,
      endorsements: { select: { id: true, status: true, consentPublic: true, logoHidden: true }, take: 20 },
      _count: { select: { partners: true } },
      newsItems: { select: { status: true }, take: 20 },
      events: { select: { status: true }, take: 20 },
    },
  });
  if (!image) return null;
  const { endorsements, newsItems, events, _count } = image;
  const isPublic =
    _count.partners > 0 ||
    endorsements.some((e) => e.status === "APPROVED" && e.consentPublic && !e.logoHidden) ||
    [...newsItems, ...events].some((item) => item.status === "PUBLISHED");
  const unused = endorsements.length + newsItems.length + events.length + _count.partners === 0;
  return {
    bytes: image.bytes,
    contentType: image.contentType,
    visibility: isPublic ? ("public" as const) : unused ? ("unused" as const) : ("restricted" as const),
    endorsementIds: endorsements.map((e) => e.id),
  };
}

/** Deletes images that no record has used for a day (uploads never sent with a form, replaced logos). */
export async function removeUnusedImages(now = new Date()) {
  const { count } = await db().image.deleteMany({
    where: {
      createdAt: { lt: new Date(now.getTime() - 86_400_000) },
      endorsements: { none: {} },
      partners: { none: {} },
      newsItems: { none: {} },
      events: { none: {} },
    },
  });
  return count;
}

/** Logos decoded per address and hour, whichever way they arrive (/api/logo or with a form). */
export const logoUploadLimit = (ip: string) => ({ key: `logo:ip:${ip}`, max: 30, windowSeconds: 3600 });

/** An image from a form's file field (a logo or cover): processed and stored, or why it was refused. */
export async function imageFromUpload(
  file: File | null,
): Promise<{ imageId?: string; sha256?: string; error?: LogoError }> {
  if (!file || file.size === 0) return {};
  if (file.size > maxUploadBytes) return { error: "logoTooLarge" };
  const processed = await processLogo(Buffer.from(await file.arrayBuffer()));
  if ("error" in processed) return { error: processed.error };
  const stored = await storeImage(processed);
  return { imageId: stored.id, sha256: stored.sha256 };
}
