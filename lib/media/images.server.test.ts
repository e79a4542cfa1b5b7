import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { imageLimits, processLogo, sniffFormat, svgLimits } from "./images.server";

async function jpegWithGps() {
  return sharp({ create: { width: 800, height: 600, channels: 3, background: "#3366aa" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: "SpyCam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 51/1 0/1" } })
    .toBuffer();
}

/** The hostile logo: ~20 KB of SVG with `filters` full-canvas Gaussian blurs. */
function blurrySvg(filters: number) {
  const defs = Array.from(
    { length: filters },
    (_, i) => `<filter id="f${i}"><feGaussianBlur stdDeviation="40"/></filter>`,
  ).join("");
  const shapes = Array.from(
    { length: filters },
    (_, i) => `<rect width="2000" height="2000" fill="#${((i * 97) % 899) + 100}" filter="url(#f${i})"/>`,
  ).join("");
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="2000"><defs>${defs}</defs>${shapes}</svg>`,
  );
}

async function withLimits<T>(
  changes: { svg?: Partial<typeof svgLimits>; image?: Partial<typeof imageLimits> },
  run: () => Promise<T>,
) {
  const saved = { svg: { ...svgLimits }, image: { ...imageLimits } };
  Object.assign(svgLimits, changes.svg);
  Object.assign(imageLimits, changes.image);
  try {
    return await run();
  } finally {
    Object.assign(svgLimits, saved.svg);
    Object.assign(imageLimits, saved.image);
  }
}

describe("logo processing under expensive uploads", () => {
  it("refuses the 160-blur SVG before rendering it, in milliseconds", async () => {
    const started = performance.now();
    expect(await processLogo(blurrySvg(160))).toEqual({ error: "logoTooLarge" });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it("still renders an SVG logo with a filter or two", async () => {
    const result = await processLogo(blurrySvg(2));
    expect("error" in result ? result.error : result.contentType).toBe("image/png");
  });

  it("knows the accepted formats by their first bytes", () => {
    expect(sniffFormat(Buffer.from("\uFEFF<?xml version='1.0'?>\n<!-- logo -->\n<svg xmlns='x'/>"))).toBe("svg");
    expect(sniffFormat(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(sniffFormat(Buffer.from("<html><svg></svg></html>"))).toBeNull();
  });

  // libvips checks the limit between the strips it renders, so it stops within one strip of it.
  it("answers busy beyond the images it processes at once", { timeout: 30_000 }, async () => {
    await withLimits(
      { svg: { maxFilters: 1000, maxFilterPrimitives: 1000 }, image: { concurrent: 1, waitMs: 50, timeoutSeconds: 1 } },
      async () => {
        const slow = processLogo(blurrySvg(40));
        expect(await processLogo(blurrySvg(1))).toEqual({ error: "busy" });
        await slow;
        expect("error" in (await processLogo(blurrySvg(1)))).toBe(false);
      },
    );
  });
});

describe("logo processing against hostile uploads", () => {
  it("re-encodes a photo as a bounded PNG and drops its EXIF, GPS included", async () => {
    const input = await jpegWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif?.toString("latin1")).toContain("SpyCam");
    expect(before.orientation).toBe(6);
    const result = await processLogo(input);
    if ("error" in result) throw new Error(result.error);
    const output = await sharp(result.bytes).metadata();
    expect(output.format).toBe("png");
    expect(output.exif).toBeUndefined();
    expect(Math.max(output.width ?? 0, output.height ?? 0)).toBeLessThanOrEqual(512);
    // The EXIF orientation (rotate 90°) was applied before it was dropped.
    expect(output.height).toBeGreaterThan(output.width ?? 0);
    expect(result.sha256).toMatch(/^[a-f0-9]{64}$/);
  });

  it("rasterises an SVG with a script: nothing of the markup survives", async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><script>alert(document.cookie)</script>' +
        '<a href="javascript:alert(1)"><rect width="200" height="100" fill="#0b5d4b"/></a></svg>',
    );
    const result = await processLogo(svg);
    if ("error" in result) throw new Error(result.error);
    expect(result.contentType).toBe("image/png");
    expect(result.bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(result.bytes.toString("latin1")).not.toMatch(/script|javascript/);
  });

  it("refuses an HTML file named .png", async () => {
    const result = await processLogo(Buffer.from("<!doctype html><script>alert(1)</script>"));
    expect(result).toEqual({ error: "logoType" });
  });

  it("refuses a truncated JPEG", async () => {
    const jpeg = await jpegWithGps();
    expect(await processLogo(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).toEqual({ error: "logoUnreadable" });
  });

  it("refuses a small file that decodes to a huge image (decompression bomb)", async () => {
    const bomb = await sharp({ create: { width: 10_000, height: 5_000, channels: 3, background: "#ffffff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await processLogo(bomb)).toEqual({ error: "logoTooLarge" });
  });

  it("refuses files over the size limit and formats it does not accept", async () => {
    expect(await processLogo(Buffer.alloc(3 * 1024 * 1024, 1))).toEqual({ error: "logoTooLarge" });
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect(await processLogo(gif)).toEqual({ error: "logoType" });
    expect(await processLogo(Buffer.alloc(0))).toEqual({ error: "logoUnreadable" });
  });
});
