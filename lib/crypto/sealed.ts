// Contact data encrypted at rest (docs/decisions/027): AES-256-GCM with a key id in every sealed
// value, so keys rotate, and an HMAC of the normalised email for exact lookups without decrypting.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";
import { randomBytes as pooledRandomBytes } from "../random";

export type DataKey = { id: string; sealKey: Buffer; hashKey: Buffer };
/** The key new values are sealed with, and every key (current and old) that may open a value. */
export type Keyring = { current: DataKey; keys: ReadonlyMap<string, DataKey> };

const version = "v1";
const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

/** Thrown for a key that is malformed, unknown or does not open a value; the message names the problem. */
export class DataKeyError extends Error {
  override name = "DataKeyError";
}

function decodeKey(text: string): Buffer | null {
  if (/^[0-9a-fA-F]{64}$/.test(text)) return Buffer.from(text, "hex");
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return null;
  const bytes = Buffer.from(text.replace(/\+/g, "-").replace(/\//g, "_").replace(/=$/, ""), "base64url");
  return bytes.length === 32 ? bytes : null;
}

/** One key from `<id>:<32 bytes as 64 hex digits or base64>`; `variable` names it in errors. */
export function parseDataKey(text: string, variable: string): DataKey {
  const colon = text.indexOf(":");
  const id = colon < 0 ? "" : text.slice(0, colon).trim();
  const material = colon < 0 ? null : decodeKey(text.slice(colon + 1).trim());
  if (!keyIdPattern.test(id) || !material) {
    throw new DataKeyError(
      `${variable} must be "<key id>:<32 random bytes as base64 or 64 hex digits>", e.g. ` +
        `"2026a:$(openssl rand -base64 32)"; the key id is 1-32 letters, digits, - or _.`,
    );
  }
  // Separate keys for encryption and for the email hash, so neither use weakens the other.
  const derive = (purpose: string) => Buffer.from(hkdfSync("sha256", material, Buffer.alloc(0), purpose, 32));
  return { id, sealKey: derive("we-are-ale/seal/v1"), hashKey: derive("we-are-ale/email-hash/v1") };
}

/** The keyring from the current key and a comma-separated list of old ones (still able to open). */
export function parseKeyring(current: string, old = ""): Keyring {
  const currentKey = parseDataKey(current, "DATA_KEY");
  const keys = new Map([[currentKey.id, currentKey]]);
  for (const entry of old.split(",").filter((part) => part.trim())) {
    const key = parseDataKey(entry.trim(), "DATA_OLD_KEYS");
    if (keys.has(key.id)) throw new DataKeyError(`DATA_OLD_KEYS repeats the key id "${key.id}".`);
    keys.set(key.id, key);
  }
  return { current: currentKey, keys };
}

/** A new random key in the `<id>:<base64url>` form DATA_KEY takes. */
export function generateDataKey(id = `k${randomBytes(3).toString("hex")}`): string {
  return `${id}:${randomBytes(32).toString("base64url")}`;
}

/** `v1:<key id>:<iv>:<tag>:<ciphertext>`, base64url, with a fresh 96-bit IV each time. */
export function seal(keyring: Keyring, plaintext: string): string {
  const iv = pooledRandomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyring.current.sealKey, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url"));
  return [version, keyring.current.id, ...parts].join(":");
}

/** The key id a sealed value names, or null when it is not a sealed value. */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split(":");
  return parts.length === 5 && parts[0] === version ? parts[1] : null;
}

/** Decrypts a value `seal` produced; throws DataKeyError when the key is unknown or the value was altered. */
export function open(keyring: Keyring, sealed: string): string {
  const parts = sealed.split(":");
  if (parts.length !== 5 || parts[0] !== version) throw new DataKeyError("Not a sealed value (expected v1:…).");
  const [, keyId, iv, tag, body] = parts;
  const key = keyring.keys.get(keyId);
  if (!key) {
    throw new DataKeyError(
      `Contact data is sealed with the key id "${keyId}", which neither DATA_KEY nor DATA_OLD_KEYS provides.`,
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key.sealKey, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new DataKeyError(
      `The key "${keyId}" does not open the stored contact data: the key material differs from the ` +
        "one it was sealed with, or the value was altered.",
    );
  }
}

/** Trimmed and lower-cased, as the endorsement form stores it. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function hashWith(key: DataKey, email: string) {
  return `${key.id}:${createHmac("sha256", key.hashKey).update(normaliseEmail(email)).digest("base64url")}`;
}

/** `<key id>:<HMAC-SHA256>` of the normalised email under the current key: what new rows store. */
export function emailHash(keyring: Keyring, email: string): string {
  return hashWith(keyring.current, email);
}

/** The email's hash under every key, for lookups while rows hashed under an old key remain. */
export function emailHashes(keyring: Keyring, email: string): string[] {
  return [...keyring.keys.values()].map((key) => hashWith(key, email));
}
