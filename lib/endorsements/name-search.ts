/**
 * How the wall finds a search of several words (decision 060). The phrase is always checked on the
 * name; what differs is how PostgreSQL reaches the names it checks:
 * - `ordered`: the wall read newest first until enough names match. Cheap when many names match the
 *   phrase ("adult education"): about 1,001 ÷ (the share that matches) names are read.
 * - `word`: through the index of the names' words, by the word that the fewest names have (a whole
 *   word in the middle, the start of one at the end). About as many names as have that word.
 * - `firstWord`: through the trigram index, by the first word (which may end a word: "ircle").
 * PostgreSQL's own estimates cannot choose: it guesses 2 % for any word start, so a start most names
 * share ("learning network a") was read through the word index (100,000 names for one page). The
 * shares are counted instead on a sample of the wall's names kept by each instance.
 */
export type NameRoute =
  | { kind: "ordered" }
  | { kind: "firstWord"; word: string }
  | { kind: "word"; word: string; prefix: boolean };

/** The trigram index finds nothing shorter: such a first word is never the way in. */
const trigramLength = 3;

/** Names taken from the wall, with their words counted once (a search reads it per request). */
export type NameSample = {
  names: string[];
  /** How many endorsers the wall has. */
  total: number;
  /** Each word of the sample's names, in code-unit order, with how many names have it. */
  words: { word: string; names: number }[];
};

export function nameSampleOf(names: string[], total: number): NameSample {
  const counts = new Map<string, number>();
  for (const name of names) {
    for (const word of new Set(name.split(" "))) if (word) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts].map(([word, count]) => ({ word, names: count }));
  words.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { names, total, words };
}

/** How many of the sample's names have the word (or, as a prefix, a word starting with it; at most all). */
function namesWithWord({ names, words }: NameSample, word: string, prefix: boolean) {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (words[middle].word < word) low = middle + 1;
    else high = middle;
  }
  if (!prefix) return words[low]?.word === word ? words[low].names : 0;
  let count = 0;
  for (let i = low; i < words.length && words[i].word.startsWith(word); i++) count += words[i].names;
  return Math.min(count, names.length);
}

export function routeOfPhrase(words: string[], sample: NameSample, countLimit: number): NameRoute {
  const { names, total } = sample;
  const share = (count: number) => (names.length === 0 ? 0 : count / names.length);
  const namesContaining = (text: string) => names.reduce((count, name) => count + (name.includes(text) ? 1 : 0), 0);
  const last = words.length - 1;
  const candidates = words.flatMap((word, i): { route: NameRoute; share: number; rank: number }[] => {
    if (i === 0) {
      if (Array.from(word).length < trigramLength) return [];
      return [{ route: { kind: "firstWord", word }, share: share(namesContaining(word)), rank: 2 }];
    }
    const prefix = i === last;
    return [
      {
        route: { kind: "word", word, prefix },
        share: share(namesWithWord(sample, word, prefix)),
        rank: prefix ? 1 : 0,
      },
    ];
  });
  // The rarest first; among words the sample cannot tell apart, a whole word (an exact entry of
  // the index) before a word start, and a longer one before a shorter.
  candidates.sort(
    (a, b) =>
      a.share - b.share ||
      a.rank - b.rank ||
      ("word" in b.route ? b.route.word.length : 0) - ("word" in a.route ? a.route.word.length : 0),
  );
  const rarest = candidates[0];
  if (!rarest) return { kind: "ordered" };
  const phraseShare = share(namesContaining(words.join(" ")));
  const readInOrder = phraseShare > 0 ? Math.min(total, countLimit / phraseShare) : total;
  const readThroughIndex = total * rarest.share;
  // Even, both read every name: in order PostgreSQL may use its own statistics of the phrase.
  return readInOrder <= readThroughIndex ? { kind: "ordered" } : rarest.route;
}
