import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DataKeyError,
  emailHash,
  emailHashes,
  generateDataKey,
  open,
  parseDataKey,
  parseKeyring,
  seal,
  sealedKeyId,
} from "./sealed";

const keyA = "a:Fjz8ooUZac78ISaesiFVOvG_nj-zXv9M4Mw4ZzgIjkA";
const keyB = `b:${"0f".repeat(32)}`;
const ringA = parseKeyring(keyA);

describe("seal and open", () => {
  it("opens what it sealed, for any text, and never leaves the text in the sealed value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 0, maxLength: 200 }), (text) => {
        const sealed = seal(ringA, text);
        expect(open(ringA, sealed)).toBe(text);
        expect(sealedKeyId(sealed)).toBe("a");
        if (text.length >= 4) expect(sealed).not.toContain(text);
      }),
    );
  });

  it("seals the same text differently each time (fresh IV)", () => {
    expect(seal(ringA, "amina@circle.example.org")).not.toBe(seal(ringA, "amina@circle.example.org"));
  });

  it("refuses a key that is not the one the value was sealed with, naming the key id", () => {
    fc.assert(
      fc.property(fc.string(), fc.uint8Array({ minLength: 32, maxLength: 32 }), (text, bytes) => {
        const other = parseKeyring(`a:${Buffer.from(bytes).toString("base64url")}`);
        fc.pre(!Buffer.from(bytes).equals(Buffer.from("Fjz8ooUZac78ISaesiFVOvG_nj-zXv9M4Mw4ZzgIjkA", "base64url")));
        expect(() => open(other, seal(ringA, text))).toThrow(/key "a" does not open/);
      }),
    );
    expect(() => open(parseKeyring(keyB), seal(ringA, "x"))).toThrow(
      /key id "a", which neither DATA_KEY nor DATA_OLD_KEYS provides/,
    );
  });

  it("refuses any altered ciphertext, IV or tag", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (text, at, flip) => {
        const parts = seal(ringA, text).split(":");
        const part = 2 + (at % 3); // iv, tag or ciphertext
        const bytes = Buffer.from(parts[part], "base64url");
        bytes[at % bytes.length] ^= flip;
        parts[part] = bytes.toString("base64url");
        expect(() => open(ringA, parts.join(":"))).toThrow(DataKeyError);
      }),
    );
  });

  it("opens values sealed under an old key once it is listed in DATA_OLD_KEYS, and seals under the new one", () => {
    const old = seal(ringA, "rosa@night.example.org");
    const rotated = parseKeyring(keyB, keyA);
    expect(open(rotated, old)).toBe("rosa@night.example.org");
    expect(sealedKeyId(seal(rotated, "x"))).toBe("b");
  });

  it("refuses a value that is not sealed", () => {
    expect(() => open(ringA, "amina@example.org")).toThrow(/Not a sealed value/);
  });
});

describe("keys", () => {
  it("accepts base64, base64url and hex, and refuses a key without an id or of the wrong length", () => {
    expect(parseDataKey(generateDataKey("k1"), "DATA_KEY").id).toBe("k1");
    expect(parseDataKey(`x:${Buffer.alloc(32, 7).toString("base64")}`, "DATA_KEY").id).toBe("x");
    expect(parseDataKey(keyB, "DATA_KEY").id).toBe("b");
    expect(() => parseDataKey("Fjz8ooUZac78ISaesiFVOvG_nj-zXv9M4Mw4ZzgIjkA", "DATA_KEY")).toThrow(/DATA_KEY must be/);
    expect(() => parseDataKey(`k:${Buffer.alloc(16).toString("base64")}`, "DATA_KEY")).toThrow(/32 random bytes/);
    expect(() => parseDataKey(`bad id:${"0f".repeat(32)}`, "DATA_KEY")).toThrow(/key id/);
    expect(() => parseKeyring(keyA, keyA)).toThrow(/repeats the key id "a"/);
    expect(() => parseKeyring(keyA, "nonsense")).toThrow(/DATA_OLD_KEYS must be/);
  });
});

describe("email hash", () => {
  it("is the same for the same address whatever its case or spaces, and differs per key", () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(emailHash(ringA, ` ${email.toUpperCase()} `)).toBe(emailHash(ringA, email));
        expect(emailHash(parseKeyring(keyB), email)).not.toBe(emailHash(ringA, email));
        expect(emailHash(ringA, email)).not.toContain(email);
      }),
    );
  });

  it("lists the hash under every key, current first, for lookups during a rotation", () => {
    const rotated = parseKeyring(keyB, keyA);
    expect(emailHashes(rotated, "a@b.org")).toEqual([emailHash(rotated, "a@b.org"), emailHash(ringA, "a@b.org")]);
  });
});
