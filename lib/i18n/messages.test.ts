import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";

type Messages = { [key: string]: string | Messages };
const dir = path.join(import.meta.dirname, "../../messages");
const load = (locale: string) => JSON.parse(readFileSync(path.join(dir, `${locale}.json`), "utf8")) as Messages;

function flatten(messages: Messages, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** Argument names and rich-text tags a message uses, e.g. {count} or <email>. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>();
  // Skip plural branches ("one {pays}"): their braces hold text, not argument names.
  for (const match of message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{\s*(\w+)\s*[,}]/g)) {
    names.add(match[1]);
  }
  for (const match of message.matchAll(/<(\w+)>/g)) names.add(`<${match[1]}>`);
  return [...names].sort();
}

const english = flatten(load("en"));

describe("message files", () => {
  it("exist for every locale and nothing else", () => {
    expect(readdirSync(dir).sort()).toEqual(locales.map((locale) => `${locale}.json`).sort());
  });

  for (const locale of locales.filter((code) => code !== "en")) {
    const translated = flatten(load(locale));

    it(`${locale} has every English key and no stray ones`, () => {
      const missing = Object.keys(english).filter((key) => !(key in translated));
      const extra = Object.keys(translated).filter((key) => !(key in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale} uses the same placeholders as English and leaves nothing empty`, () => {
      for (const [key, message] of Object.entries(english)) {
        expect(translated[key]?.trim(), `${locale}: ${key} is empty`).toBeTruthy();
        const expected = argumentsOf(message).filter((name) => name !== "count" || message.includes("plural"));
        expect(argumentsOf(translated[key] ?? ""), `${locale}: ${key}`).toEqual(expect.arrayContaining(expected));
      }
    });
  }
});
