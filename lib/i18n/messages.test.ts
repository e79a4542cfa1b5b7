import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/routing";
import { adminLocales } from "@/lib/staff/admin-language";
import { missingPluralCategories, unknownPluralCategories } from "./plural-check";

type Messages = { [key: string]: string | Messages };
const dir = path.join(import.meta.dirname, "../../messages");
const load = (locale: string, folder = dir) =>
  JSON.parse(readFileSync(path.join(folder, `${locale}.json`), "utf8")) as Messages;

function flatten(messages: Messages, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** Argument names and rich-text tags a parsed message uses, e.g. {count} or <email>. */
function argumentsOf(elements: MessageFormatElement[], names = new Set<string>()): string[] {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      names.add(`<${element.value}>`);
      argumentsOf(element.children, names);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      names.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, names);
    } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
      names.add(element.value);
    }
  }
  return [...names].sort();
}

/** Every plural in a parsed message, with the selectors it offers ("one", "=0"…). */
function pluralsOf(elements: MessageFormatElement[]): { argument: string; selectors: string[] }[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.tag) return pluralsOf(element.children);
    if (element.type !== TYPE.plural && element.type !== TYPE.select) return [];
    const nested = Object.values(element.options).flatMap((option) => pluralsOf(option.value));
    if (element.type === TYPE.select || element.pluralType === "ordinal") return nested;
    return [{ argument: element.value, selectors: Object.keys(element.options) }, ...nested];
  });
}

const english = flatten(load("en"));

describe("message files", () => {
  it("exist for every locale and nothing else", () => {
    const files = readdirSync(dir).filter((name) => name.endsWith(".json"));
    expect(files.sort()).toEqual(locales.map((locale) => `${locale}.json`).sort());
  });

  for (const locale of locales) {
    const messages = flatten(load(locale));
    const parsed = (key: string) => parse(messages[key], { requiresOtherClause: true });

    it(`${locale} has every English key and no stray ones`, () => {
      const missing = Object.keys(english).filter((key) => !(key in messages));
      const extra = Object.keys(messages).filter((key) => !(key in english));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it(`${locale} messages are valid ICU, non-empty, with the English arguments`, () => {
      for (const key of Object.keys(english)) {
        expect(messages[key]?.trim(), `${locale}: ${key} is empty`).toBeTruthy();
        expect(() => parsed(key), `${locale}: ${key} is not valid ICU`).not.toThrow();
        const expected = argumentsOf(parse(english[key]));
        expect(argumentsOf(parsed(key)), `${locale}: ${key}`).toEqual(expect.arrayContaining(expected));
      }
    });

    it(`${locale} plurals use exactly the categories of the language`, () => {
      const problems = Object.keys(english).flatMap((key) =>
        pluralsOf(parsed(key)).flatMap(({ argument, selectors }) => {
          const unknown = unknownPluralCategories(locale, selectors);
          const missing = missingPluralCategories(locale, selectors);
          return unknown.length || missing.length ? [{ key, argument, unknown, missing }] : [];
        }),
      );
      expect(problems).toEqual([]);
    });
  }
});

describe("staff admin message files", () => {
  const adminDir = path.join(dir, "admin");
  const adminEnglish = flatten(load("en", adminDir));

  it("exist for every admin language and nothing else", () => {
    expect(readdirSync(adminDir).sort()).toEqual(adminLocales.map((locale) => `${locale}.json`).sort());
  });

  for (const locale of adminLocales) {
    const messages = flatten(load(locale, adminDir));
    it(`admin ${locale} has the English keys, valid ICU and the English arguments`, () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(adminEnglish).sort());
      for (const [key, english] of Object.entries(adminEnglish)) {
        expect(messages[key].trim(), `admin ${locale}: ${key} is empty`).toBeTruthy();
        const parsed = parse(messages[key], { requiresOtherClause: true });
        expect(argumentsOf(parsed), `admin ${locale}: ${key}`).toEqual(argumentsOf(parse(english)));
      }
    });

    it(`admin ${locale} plurals use exactly the categories of the language`, () => {
      const problems = Object.keys(adminEnglish).flatMap((key) =>
        pluralsOf(parse(messages[key], { requiresOtherClause: true })).flatMap(({ argument, selectors }) => {
          const unknown = unknownPluralCategories(locale, selectors);
          const missing = missingPluralCategories(locale, selectors);
          return unknown.length || missing.length ? [{ key, argument, unknown, missing }] : [];
        }),
      );
      expect(problems).toEqual([]);
    });
  }
});
