import "server-only";
import { createHash } from "node:crypto";
import sharp from "sharp";
import { db } from "../db/client.server";

export const maxUploadBytes = 2 * 1024 * 1024;
const maxInputPixels = 40_000_000; // refuse decompression bombs before decoding them
const maxSide = 512;
const accepted = new Set(["png", "jpeg", "webp", "svg"]);

export type LogoError = "logoTooLarge" | "logoType" | "logoUnreadable";
export type ProcessedImage = { sha256: string; bytes: Buffer; width: number; height: number; contentType: string };

/**
 * Decodes an uploaded logo and re-encodes it as a new PNG no larger than 512 px a side: metadata
 * and EXIF (GPS included) are not copied, SVG is rasterised (scripts and links never survive), and
 * what is not really an image of an accepted type is refused, whatever its name or MIME type says.
 */
export async function processLogo(input: Buffer): Promise<ProcessedImage | { error: LogoError }> {
  if (input.length > maxUploadBytes) return { error: "logoTooLarge" };
  if (input.length === 0) return { error: "logoUnreadable" };
  try {
    const image = sharp(input, { limitInputPixels: maxInputPixels, failOn: "error", density: 144 });
    const metadata = await image.metadata();
    if (!metadata.format || !accepted.has(metadata.format)) return { error: "logoType" };
    const bytes = await image
      .rotate() // apply the EXIF orientation before the EXIF is dropped
      .resize(maxSide, maxSide, { fit: "inside", withoutEnlargement: true })
      .png({ compressionLevel: 9, palette: true, quality: 90 })
      .toBuffer();
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    return { sha256: createHash("sha256").update(bytes).digest("hex"), bytes, width, height, contentType: "image/png" };
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    return { error: /pixel limit|exceeds/i.test(message) ? "logoTooLarge" : "logoUnreadable" };
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

export async function findImage(sha256: string) {
  if (!/^[a-f0-9]{64}$/.test(sha256)) return null;
  return db().image.findUnique({ where: { sha256 }, select: { bytes: true, contentType: true } });
}
