// Swedish writes compounds as one word ("kvinnofrid", "våldsutsatta"), and Pagefind indexes
// whole words only, so a search for "frid" or "utsatt" would miss them. Each compound in a
// search record is therefore also given its parts, found with the Swedish spelling
// dictionary's word list (dictionary-sv, the hunspell dictionary) and the content's own words.
import dictionary from "dictionary-sv";

const MIN_HEAD = 4;
const MIN_MODIFIER = 3;
/**
 * Both parts must have a stem of at least four letters: shorter ones ("kom", "gäl", "rna") are
 * mostly prefixes, abbreviations or chance matches ("kom|munerna", "gäl|lande", "dala|rnas").
 */
const MIN_STEM = 4;
/** Heads that are word-forming suffixes or inflections, not words a reader searches for ("myndig|heter"). */
const suffixHeads = new Set([
  "heter",
  "heten",
  "hets",
  "ande",
  "ende",
  "lande",
  "ring",
  "ringar",
  "ning",
  "ningar",
  "skap",
  "liga",
  "lighet",
  "ingen",
  "ensen",
  "ling",
  "lingar",
  "else",
  "omar",
  "utom",
  "ella",
  "ister",
  "ringarna",
]);
/**
 * Modifiers that are particles, prepositions or verb forms, not things: "under|sökning",
 * "till|fällen", "fort|satt", "före|komma", "fört|ryck" are words of their own, and finding them
 * by "sökning" or "ryck" is noise.
 */
const particles = new Set([
  "ange",
  "avse",
  "bakom",
  "dess",
  "efter",
  "emot",
  "fast",
  "fort",
  "fram",
  "full",
  "föran",
  "före",
  "förs",
  "fört",
  "genom",
  "inne",
  "inom",
  "mellan",
  "miss",
  "samman",
  "till",
  "trans",
  "under",
  "upp",
  "utan",
  "vidare",
  "även",
  "över",
]);
/** Inflections a head may carry beyond its dictionary form ("utsatta" → "utsatt"). */
const endings = ["", "a", "e", "s", "n", "t", "en", "et", "er", "ar", "or", "na", "ns", "ts", "ens", "ets", "erna", "arna", "orna", "ningar", "ning"];

/** Endings of inflected and derived forms, for `isSpelled`. */
const inflections = [
  ...endings,
  "r",
  "de",
  "te",
  "tt",
  "dd",
  "ade",
  "ande",
  "ende",
  "ing",
  "ingen",
  "ingar",
  "ningen",
  "are",
  "aren",
  "het",
  "heten",
  "heter",
  "lig",
  "liga",
  "ligt",
  "isk",
  "iska",
  "iskt",
  "ig",
  "iga",
  "igt",
  "ernas",
  "arnas",
];

let stems: Set<string> | undefined;

function dictionaryWords(): Set<string> {
  if (!stems) {
    stems = new Set();
    const text = new TextDecoder("utf-8").decode(dictionary.dic);
    for (const line of text.split("\n").slice(1)) {
      const word = line.split("/")[0]!.trim().toLowerCase();
      if (word.length >= MIN_MODIFIER && /^[a-zåäöéü]+$/.test(word)) stems.add(word);
    }
  }
  return stems;
}

export class Decompounder {
  private readonly words: Set<string>;
  /** The content's own words (as written in lower case): a head the content uses on its own is the likelier reading. */
  private readonly used = new Set<string>();
  private readonly cache = new Map<string, string[]>();

  /** `extra` words (the content's own vocabulary) count as words too. */
  constructor(extra: Iterable<string> = []) {
    this.words = new Set(dictionaryWords());
    for (const word of extra) {
      if (word.length < MIN_MODIFIER) continue;
      this.words.add(word.toLowerCase());
      this.used.add(word.toLowerCase());
    }
  }

  private isWord(text: string): boolean {
    return endings.some((ending) => text.length - ending.length >= MIN_STEM && text.endsWith(ending) && this.words.has(text.slice(0, text.length - ending.length)));
  }

  /** A modifier as it stands in a compound: a word, or one with a linking -s or a vowel for -a ("kvinno-" for kvinna). */
  private asModifier(text: string): string | undefined {
    if (text.endsWith("s") && this.isWord(text.slice(0, -1))) return text.slice(0, -1);
    if (/[oeu]$/.test(text) && this.words.has(`${text.slice(0, -1)}a`)) return `${text.slice(0, -1)}a`;
    if (this.isWord(text)) return text;
    return undefined;
  }

  /**
   * Whether a word is Swedish: in the dictionary (in one of the forms it allows for here), among
   * the extra words, or a compound of such words. Used to tell a word broken at a line end
   * ("be-" / "skriva") from two words.
   */
  isKnown(word: string): boolean {
    const lower = word.toLowerCase();
    return this.words.has(lower) || this.isWord(lower) || this.parts(lower).length > 0;
  }

  /**
   * Like `isKnown`, and also in the inflected forms of verbs and adjectives the word list does
   * not spell out ("uppgett", "behandling", "geografiska"). Lenient: right for a break with a
   * hyphen, too lenient to guess a break without one.
   */
  isSpelled(word: string): boolean {
    const lower = word.toLowerCase();
    if (this.isKnown(lower) || this.isInflected(lower)) return true;
    // A compound whose last part is inflected: "myndighets|gemensamma", "samverkans|överenskommelser".
    for (let split = MIN_MODIFIER; split <= lower.length - MIN_HEAD; split++) {
      if (this.isInflected(lower.slice(split)) && this.asModifier(lower.slice(0, split)) && !particles.has(lower.slice(0, split))) return true;
    }
    return false;
  }

  private isInflected(lower: string): boolean {
    return inflections.some((ending) => {
      if (!lower.endsWith(ending)) return false;
      const stem = lower.slice(0, lower.length - ending.length);
      // "gemensamm|a" is "gemensam": a consonant doubles before an ending.
      const single = /([bdfglmnprstv])\1$/.test(stem) ? stem.slice(0, -1) : stem;
      return stem.length >= MIN_STEM && [stem, `${stem}a`, `${stem}e`, single].some((form) => this.words.has(form));
    });
  }

  /**
   * The parts of a compound, e.g. "kvinnofridssatsning" → ["kvinnofrid", "satsning", "kvinna",
   * "frid"]; [] for other words. The split is the one whose both halves are words, with the
   * longest head (the last element, which carries the meaning). The modifier may itself be a
   * compound and is split again; the head, being a word of the dictionary, is not.
   */
  parts(word: string): string[] {
    const lower = word.toLowerCase();
    const cached = this.cache.get(lower);
    if (cached) return cached;
    this.cache.set(lower, []);
    let found: string[] = [];
    // A head is a word, not a suffix or an inflection; a short one ("lag") only as it stands.
    const isHead = (head: string, min: number) => {
      if (head.length < min || suffixHeads.has(head) || endings.includes(head) || endings.includes(head.slice(0, -1))) return false;
      return head.length < MIN_STEM ? this.words.has(head) : this.isWord(head);
    };
    for (let split = MIN_MODIFIER; split <= lower.length - MIN_HEAD; split++) {
      let head = lower.slice(split);
      if (!isHead(head, MIN_HEAD)) continue;
      let modifier = this.asModifier(lower.slice(0, split));
      if (!modifier || particles.has(modifier) || particles.has(lower.slice(0, split))) continue;
      // A linking -s belongs to the modifier when that leaves a word: "sjukvårds|lag", not
      // "sjukvård|slag". Never a second one: "arbets|sätt", not "arbetss|ätt".
      const linked = head.startsWith("s") && !lower.slice(0, split).endsWith("s") ? this.asModifier(lower.slice(0, split + 1)) : undefined;
      // Both readings may be words ("grund|skolan", "grunds|kolan"): the one whose head the content uses wins.
      if (linked && isHead(head.slice(1), MIN_MODIFIER) && (this.used.has(head.slice(1)) || !this.used.has(head))) {
        modifier = linked;
        head = head.slice(1);
      }
      found = [modifier, head, ...this.parts(modifier)];
      break;
    }
    const unique = [...new Set(found)].filter((part) => part !== lower && part.length >= MIN_MODIFIER);
    this.cache.set(lower, unique);
    return unique;
  }

  /**
   * The parts of every compound in a text, once each, as extra words to index with it. A word
   * with a capital inside a sentence is a name ("Sundsvalls", "Kramfors"), and is left whole,
   * unless the content also writes it as a word ("Operation Kvinnofrid": kvinnofrid).
   */
  partsOfText(text: string): string[] {
    const parts = new Set<string>();
    for (const match of text.matchAll(/[A-ZÅÄÖÉÜa-zåäöéü]{7,}/g)) {
      const word = match[0];
      // A sentence, a line, a list item, a quotation or a table cell begins there.
      const sentenceStart = match.index === 0 || /(?:^|[.!?:\n"”(–*•#|-])\s{0,3}$/.test(text.slice(Math.max(0, match.index - 4), match.index));
      if (/^[A-ZÅÄÖÉÜ]/.test(word) && !sentenceStart && !this.used.has(word.toLowerCase())) continue;
      for (const part of this.parts(word)) parts.add(part);
    }
    return [...parts];
  }
}
