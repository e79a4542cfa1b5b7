/**
 * How the wall finds a search of several words (decision 060): the names where the words stand in
 * that order, each a whole word but the last, which may start one. The phrase is always checked on
 * the name; what differs is how PostgreSQL reaches the names it checks:
 * - `ordered`: the wall read newest first until enough names match. Cheap when many names have the
 *   phrase ("adult education"): about 1,001 ÷ (the share that has it) names are read.
 * - `pair`: through the index of the names' pairs of neighbouring words, by the pair that the fewest
 *   names have (the last pair's second word may be the start of one). About as many names as have it.
 * PostgreSQL's own estimates cannot choose between them (it guesses 2 % for any word start), so
 * the shares are counted on a sample of the wall's names kept by each instance.
 */
export type NameRoute = { kind: "ordered" } | { kind: "pair"; pair: string; prefix: boolean };

/** Names taken from the wall, with their pairs of neighbouring words counted once (read per search). */
export type NameSample = {
  names: string[];
  /** How many endorsers the wall has. */
  total: number;
  /** Each pair of neighbouring words of the sample's names, in code-unit order, with how many names have it. */
  pairs: { pair: string; names: number }[];
};

/** "adult education network" → "adult education", "education network". */
export function pairsOf(words: string[]): string[] {
  return words.slice(1).map((word, i) => `${words[i]} ${word}`);
}

export function nameSampleOf(names: string[], total: number): NameSample {
  const counts = new Map<string, number>();
  for (const name of names) {
    for (const pair of new Set(pairsOf(name.split(" ").filter(Boolean)))) counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  const pairs = [...counts].map(([pair, count]) => ({ pair, names: count }));
  pairs.sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
  return { names, total, pairs };
}

/**
 * How many of the sample's names have the pair (or, as a prefix, a pair starting with it: counted per
 * pair, so a name with two such pairs counts twice, at most all names; an estimate, as the sample is).
 */
function namesWithPair({ names, pairs }: NameSample, pair: string, prefix: boolean) {
  let low = 0;
  let high = pairs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (pairs[middle].pair < pair) low = middle + 1;
    else high = middle;
  }
  if (!prefix) return pairs[low]?.pair === pair ? pairs[low].names : 0;
  let count = 0;
  for (let i = low; i < pairs.length && pairs[i].pair.startsWith(pair); i++) count += pairs[i].names;
  return Math.min(count, names.length);
}

/** Whether a name has the words in that order, each a whole word but the last (as the wall's SQL checks). */
function hasPhrase(name: string, phrase: string) {
  return name.startsWith(phrase) || name.includes(` ${phrase}`);
}

export function routeOfPhrase(words: string[], sample: NameSample, countLimit: number): NameRoute {
  const { names, total } = sample;
  const share = (count: number) => (names.length === 0 ? 0 : count / names.length);
  const pairs = pairsOf(words).map((pair, i, all) => {
    const prefix = i === all.length - 1;
    return { pair, prefix, share: share(namesWithPair(sample, pair, prefix)) };
  });
  // The rarest first; among pairs the sample cannot tell apart, a whole pair (an exact entry of the
  // index) before a pair's start, and a longer one before a shorter.
  pairs.sort((a, b) => a.share - b.share || Number(a.prefix) - Number(b.prefix) || b.pair.length - a.pair.length);
  const [rarest] = pairs;
  if (!rarest) return { kind: "ordered" };
  const phrase = words.join(" ");
  const phraseShare = share(names.reduce((count, name) => count + (hasPhrase(name, phrase) ? 1 : 0), 0));
  const readInOrder = phraseShare > 0 ? Math.min(total, countLimit / phraseShare) : total;
  const readThroughIndex = total * rarest.share;
  // Even, both read every name: in order PostgreSQL may use its own statistics of the phrase.
  return readInOrder <= readThroughIndex
    ? { kind: "ordered" }
    : { kind: "pair", pair: rarest.pair, prefix: rarest.prefix };
}
