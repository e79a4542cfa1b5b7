import { describe, expect, it } from "vitest";
import { hasVersion, preferredEncoding } from "./conditional";

describe("preferredEncoding", () => {
  it("takes the best offered encoding the client accepts, the server's order breaking ties", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredEncoding("gzip;q=0.5, br;q=0.8")).toBe("br");
    expect(preferredEncoding("br;q=0.2, gzip;q=0.9")).toBe("gzip");
    expect(preferredEncoding("GZIP")).toBe("gzip");
    expect(preferredEncoding("gzip, br", ["gzip", "identity"])).toBe("gzip");
  });

  it("sends the plain file when nothing offered is accepted, or the header is absent or odd", () => {
    expect(preferredEncoding(null)).toBe("identity");
    expect(preferredEncoding("")).toBe("identity");
    expect(preferredEncoding("deflate")).toBe("identity");
    expect(preferredEncoding("br;q=0, gzip;q=0")).toBe("identity");
    expect(preferredEncoding("identity;q=0")).toBe("identity");
    expect(preferredEncoding(";;, ,")).toBe("identity");
  });

  it("counts * for the encodings not named, and leaves out an entry with a malformed weight", () => {
    expect(preferredEncoding("*")).toBe("br");
    expect(preferredEncoding("br;q=0, *")).toBe("gzip");
    expect(preferredEncoding("gzip;q=2")).toBe("identity");
    expect(preferredEncoding("br;q=nonsense, gzip")).toBe("gzip");
    expect(preferredEncoding("br;q=1.5, gzip;q=0.1")).toBe("gzip");
  });
});

describe("hasVersion", () => {
  const tags = ['"abc"', '"abc-gzip"'];
  it("matches any tag of the version, strong or marked weak, in a list, or *", () => {
    expect(hasVersion('"abc"', tags)).toBe(true);
    expect(hasVersion('W/"abc-gzip"', tags)).toBe(true);
    expect(hasVersion('"x", "abc-gzip"', tags)).toBe(true);
    expect(hasVersion("*", tags)).toBe(true);
  });

  it("does not match another version, a fragment of a tag or nothing", () => {
    expect(hasVersion(null, tags)).toBe(false);
    expect(hasVersion("", tags)).toBe(false);
    expect(hasVersion('"abd"', tags)).toBe(false);
    expect(hasVersion("abc", tags)).toBe(false);
    expect(hasVersion('"ab', tags)).toBe(false);
    expect(hasVersion("W/", tags)).toBe(false);
  });
});
