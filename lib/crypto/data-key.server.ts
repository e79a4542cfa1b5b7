import "server-only";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env, privateDir } from "../env.server";
import * as sealed from "./sealed";

export { DataKeyError } from "./sealed";

/**
 * The key that encrypts contact data. From DATA_KEY (and DATA_OLD_KEYS) when set; for the embedded
 * database a key generated into DATA_DIR/data-key (0600) on first start, as AUTH_SECRET's default
 * is. With an external database there is no safe default: a key invented on one instance would
 * seal data the others cannot read, and losing the file would lose every contact.
 */
export function keyringFrom(source: {
  DATA_KEY?: string;
  DATA_OLD_KEYS?: string;
  DATABASE_URL?: string;
  DATA_DIR: string;
}): sealed.Keyring {
  if (source.DATA_KEY) return sealed.parseKeyring(source.DATA_KEY, source.DATA_OLD_KEYS);
  if (source.DATABASE_URL) {
    throw new sealed.DataKeyError(
      "DATA_KEY is not set. With DATABASE_URL the key that encrypts contact data must come from the " +
        "environment: generate one with `node -e \"console.log('k1:'+crypto.randomBytes(32).toString(" +
        "'base64'))\"`, store it with your other secrets and set DATA_KEY (docs/decisions/027).",
    );
  }
  const file = path.join(source.DATA_DIR, "data-key");
  if (!existsSync(file)) {
    privateDir(source.DATA_DIR);
    writeFileSync(file, sealed.generateDataKey(), { mode: 0o600, flag: "wx" });
  }
  return sealed.parseKeyring(readFileSync(file, "utf8").trim(), source.DATA_OLD_KEYS);
}

const globalForKeys = globalThis as unknown as { weAreAleKeyring?: sealed.Keyring };

/** This process's keyring, read once. */
export function keyring(): sealed.Keyring {
  globalForKeys.weAreAleKeyring ??= keyringFrom(env());
  return globalForKeys.weAreAleKeyring;
}

/** Replaces this process's keyring (tests, the re-encrypt command). */
export function useKeyring(next: sealed.Keyring) {
  globalForKeys.weAreAleKeyring = next;
}

export const seal = (plaintext: string) => sealed.seal(keyring(), plaintext);
export const open = (value: string) => sealed.open(keyring(), value);
export const emailHash = (email: string) => sealed.emailHash(keyring(), email);
export const emailHashes = (email: string) => sealed.emailHashes(keyring(), email);
