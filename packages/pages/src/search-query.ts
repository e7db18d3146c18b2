// What the search page does with a reader's query, apart from drawing it: the term it asks
// Pagefind for, which names it puts first, whether Pagefind's hits really match, and what to
// offer as "Menade du …?". It runs in the browser, so it imports only what runs there.
//
// Pagefind folds diacritics unless `exactDiacritics` is set, but å, ä and ö are letters of their
// own in Swedish: "bra" is not "Brå". With `exactDiacritics` Pagefind matches the typed word as a
// prefix of the words in the text, without stemming it, so "rättsprocessen" would miss
// "rättsprocesser". The page therefore asks for each word's Swedish stem (the Snowball stemmer,
// which Pagefind uses as well), which most inflections of the word begin with; not those that
// change the vowel ("stad", "städer"; "man", "män").
import { stemmer } from "@orama/stemmers/swedish";
import { distance } from "fastest-levenshtein";

/** Letters of a word, as the search treats them: Swedish and the accented letters of names and loans. */
const WORD = /[\p{L}\p{N}]+/gu;

/** The words of a query, lower case, in order. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().match(WORD) ?? [];
}

/** A word as the search page asks for it: its stem, so that its inflections are found. Numbers stay as they are. */
function stem(word: string): string {
  return /\p{L}/u.test(word) ? stemmer(word) : word;
}

/**
 * The term to give Pagefind for a query (with `exactDiacritics: true`): each word stemmed. A
 * query in quotation marks is an exact search in Pagefind and is left as typed.
 */
export function pagefindTerm(query: string): string {
  const trimmed = query.trim();
  if (/^".+"$/.test(trimmed)) return trimmed;
  return trimmed.replace(/[\p{L}]+/gu, (word) => stem(word.toLowerCase()));
}

/**
 * Whether a text has a word that a query word finds: a word beginning with the query word's
 * stem, letter for letter. Pagefind, finding no word for a query, falls back to shorter prefixes
 * of it ("ivo" finds every "i"); a hit whose text has no such word is one of those.
 */
export function matchesQuery(text: string, query: string): boolean {
  const stems = queryWords(query).map(stem);
  if (stems.length === 0) return true;
  const words = text.toLowerCase().match(WORD) ?? [];
  // Pagefind finds only what has every word, so a hit lacking one is a fallback.
  return stems.every((wanted) => words.some((word) => word.startsWith(wanted)));
}

/** A name, short name, abbreviation or alias of an item, and the item it leads to. */
export interface NamedItem {
  names: string[];
  url: string;
  title: string;
  kind: string;
  document?: string;
  county?: string;
}

/** A name as queries are compared with it: its words in lower case, each stemmed, so that "polisen" is "Polis". */
const comparable = (text: string) => (text.toLowerCase().match(/\S+/g) ?? []).map((word) => (/^\p{L}+$/u.test(word) ? stem(word) : word)).join(" ");

/**
 * The items one of whose names is the query: the same words in any case, spacing and inflection,
 * letter for letter otherwise. They come first.
 */
export function namedMatches(query: string, items: readonly NamedItem[]): NamedItem[] {
  const wanted = comparable(query);
  if (wanted === "") return [];
  return items.filter((item) => item.names.some((name) => comparable(name) === wanted));
}

/** How far a word may be from a word of the index to be offered instead: none for four letters or fewer, one up to seven, two beyond. */
function tolerance(word: string): number {
  return word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2;
}

/**
 * "Menade du …?": the query with each word the index does not have replaced by the closest word
 * it does have (by edit distance, then by how often the index has it). `vocabulary` is the
 * index's words, most frequent first. Undefined when every word is known or none has a neighbour.
 */
export function suggestion(query: string, vocabulary: readonly string[]): string | undefined {
  let changed = false;
  const words = queryWords(query).map((word) => {
    // Known: some word of the index is an inflection of it, as the search itself would find it.
    const wanted = stem(word);
    if (!/\p{L}/u.test(word) || vocabulary.some((known) => known.startsWith(wanted))) return word;
    const limit = tolerance(word);
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of vocabulary) {
      if (Math.abs(candidate.length - word.length) > limit) continue;
      const between = distance(word, candidate);
      // The vocabulary is in order of frequency, so the first at a distance is the most common.
      if (between < bestDistance) {
        best = candidate;
        bestDistance = between;
        if (between === 1) break;
      }
    }
    if (!best) return word;
    changed = true;
    return best;
  });
  return changed ? words.join(" ") : undefined;
}
