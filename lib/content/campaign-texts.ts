import { type MessageFormatElement, parse, TYPE } from "@formatjs/icu-messageformat-parser";
import en from "../../messages/en.json";
import { publicPaths } from "../i18n/paths";
import { type AdminTranslator, adminTranslator } from "../staff/admin-language";

// The campaign's words that staff edit: page copy whose first version lives in messages/*.json
// (the seed copies it into ContentText) and whose live version is in the database. Buttons, labels
// and errors (the interface chrome) stay in messages/*.json only. Decision 020.

type Messages = { [key: string]: string | Messages };

/** Every key under `prefix` in the English messages, as dotted paths, in file order. */
function keysUnder(prefix: string, skip: string[] = []): string[] {
  const node = messageAt(en as Messages, prefix);
  if (typeof node === "string") return [prefix];
  if (!node) throw new Error(`messages/en.json has no "${prefix}"`);
  return Object.keys(node)
    .filter((key) => !skip.includes(key))
    .flatMap((key) => keysUnder(`${prefix}.${key}`));
}

/** The nine actions are the campaign's own: their words are edited, their number and horizon are not. */
export const actionNumbers = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** An action's title or explanation (paragraphs separated by blank lines), as a campaign text. */
export function actionTextKey(number: number, part: "title" | "body") {
  return `action.${number}.${part}`;
}

/** A key message's words, as a campaign text; the message itself (order, retired) is a KeyMessage row. */
export function keyMessageTextKey(id: string) {
  return `keyMessage.${id}`;
}

const keyMessageKey = /^keyMessage\.([a-z0-9]{1,40})$/;

/** The KeyMessage id a campaign text key names, if it names one. */
export function keyMessageIdOf(key: string): string | undefined {
  return keyMessageKey.exec(key)?.[1];
}

export const campaignPages = [
  {
    id: "home",
    title: "Home",
    path: "",
    keys: [
      "Site.description",
      "Home.intro",
      "Home.join",
      ...keysUnder("Home.figures"),
      "Home.domainsTitle",
      "Home.domainsIntro",
      ...keysUnder("Domains"),
      "Home.keyMessagesTitle",
      "Home.endorseTitle",
      "Home.endorseText",
    ],
  },
  {
    id: "what-is-ale",
    title: "What is ALE",
    path: publicPaths.whatIsAle,
    keys: [...keysUnder("WhatIsAle", ["metaTitle", "original"]), ...keysUnder("Definition")],
  },
  {
    id: "call-to-action",
    title: "Call to action",
    path: publicPaths.callToAction,
    keys: [
      "CallToAction.intro",
      ...keysUnder("CallToAction.horizons"),
      ...actionNumbers.flatMap((n) => [actionTextKey(n, "title"), actionTextKey(n, "body")]),
      ...keysUnder("CallToAction.actionNotes"),
    ],
  },
  { id: "about", title: "About", path: publicPaths.about, keys: keysUnder("About", ["metaTitle"]) },
  { id: "privacy", title: "Privacy", path: publicPaths.privacy, keys: keysUnder("Privacy", ["metaTitle"]) },
  {
    id: "accessibility",
    title: "Accessibility",
    path: publicPaths.accessibility,
    keys: keysUnder("Accessibility", ["metaTitle"]),
  },
  {
    id: "toolkit",
    title: "Toolkit",
    path: publicPaths.toolkit,
    keys: keysUnder("Toolkit", ["metaTitle", "light", "dark", "download", "logoAlt", "tagline"]),
  },
] as const;

export type CampaignPage = (typeof campaignPages)[number];

export const campaignTextKeys: string[] = campaignPages.flatMap((page) => page.keys);

/** A text staff may edit: a page text, or a key message's (whose row the server also checks). */
export function isCampaignTextKey(key: string) {
  return campaignTextKeys.includes(key) || keyMessageIdOf(key) !== undefined;
}

/** The page a text is previewed on: key messages on the home page (they also show in the toolkit). */
export function pageOfKey(key: string): CampaignPage | undefined {
  if (keyMessageIdOf(key) !== undefined) return campaignPages[0];
  return campaignPages.find((page) => (page.keys as readonly string[]).includes(key));
}

/** The value at a dotted path of a messages object. */
export function messageAt(messages: Messages, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return node;
}

/** A copy of `messages` with `texts` (dotted keys) written in. */
export function withTexts<T extends Messages>(messages: T, texts: Map<string, string>): T {
  const copy = structuredClone(messages);
  for (const [key, text] of texts) {
    const parts = key.split(".");
    let node: Messages = copy;
    for (const part of parts.slice(0, -1)) {
      if (typeof node[part] !== "object") node[part] = {};
      node = node[part] as Messages;
    }
    node[parts.at(-1) as string] = text;
  }
  return copy;
}

export const maxTextLength = 5_000;

/** The placeholders ({email}, {count}) and tags (<email>…</email>) a message uses. */
function namesIn(elements: MessageFormatElement[], out = { args: new Set<string>(), tags: new Set<string>() }) {
  for (const element of elements) {
    if (element.type === TYPE.tag) {
      out.tags.add(element.value);
      namesIn(element.children, out);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      out.args.add(element.value);
      for (const option of Object.values(element.options)) namesIn(option.value, out);
    } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
      out.args.add(element.value);
    }
  }
  return out;
}

const sorted = (set: Set<string>) => [...set].sort().join(", ");

/** Who words a refusal: the staff member's translator (English when none is given, as in tests). */
export const englishAdmin = adminTranslator("en");

/**
 * Why a text cannot be saved, or null, in the words of `t`. `source` is the English text it must
 * keep the placeholders of (the page fills them in: an address, a count).
 */
export function textProblem(
  text: string,
  source: string | undefined,
  t: AdminTranslator = englishAdmin,
): string | null {
  if (!text.trim()) return t("Errors.texts.required");
  if (text.length > maxTextLength) return t("Errors.texts.tooLong", { max: maxTextLength, count: text.length });
  let own: ReturnType<typeof namesIn>;
  try {
    own = namesIn(parse(text));
  } catch {
    return t(/<\/?[a-z]/i.test(text) ? "Errors.texts.html" : "Errors.texts.braces");
  }
  const expected = source === undefined ? { args: new Set<string>(), tags: new Set<string>() } : namesIn(parse(source));
  const strayTags = [...own.tags].filter((tag) => !expected.tags.has(tag));
  if (strayTags.length) return t("Errors.texts.htmlTag", { tag: `<${strayTags[0]}>` });
  if (sorted(own.args) !== sorted(expected.args) || sorted(own.tags) !== sorted(expected.tags)) {
    const names = [...[...expected.args].map((a) => `{${a}}`), ...[...expected.tags].map((t) => `<${t}>…</${t}>`)];
    return names.length
      ? t("Errors.texts.placeholders", { names: names.join(", ") })
      : t("Errors.texts.noPlaceholders");
  }
  return null;
}

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** A word-by-word comparison (longest common subsequence), for the revision history. */
export function wordDiff(before: string, after: string): DiffPart[] {
  // Words with the spaces after them, so a change reads as whole words, not islands of spaces.
  const words = (text: string) => text.match(/\S+\s*|\s+/g) ?? [];
  const a = words(before);
  const b = words(after);
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i][j] = a[i] === b[j] ? lengths[i + 1][j + 1] + 1 : Math.max(lengths[i + 1][j], lengths[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      push("same", a[i]);
      i++;
      j++;
    } else if (lengths[i + 1][j] >= lengths[i][j + 1]) push("removed", a[i++]);
    else push("added", b[j++]);
  }
  while (i < a.length) push("removed", a[i++]);
  while (j < b.length) push("added", b[j++]);
  return parts;
}
