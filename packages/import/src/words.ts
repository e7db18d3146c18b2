// Which strings of letters are Swedish words, for undoing hyphenation at line ends: the
// spelling dictionary (dictionary-sv, hunspell's Swedish) through the Decompounder the search
// index uses and through nspell, and the document's own words as it writes them inside lines.

import { Decompounder } from "@styrdok/pages/decompound";
import dictionary from "dictionary-sv";
import nspell from "nspell";
import type { Words } from "./clean.ts";
import type { SourceText } from "./source.ts";

const TOKEN = /^[A-Za-zÅÄÖÉÜåäöéü]{3,}(?:-[A-Za-zÅÄÖÉÜåäöéü]+)?$/;

let speller: ReturnType<typeof nspell> | undefined;

export function wordsOf(source: SourceText): Words {
  // Only words inside a line: the first and last word of a line may be halves of a broken one.
  const own = new Set<string>();
  for (const line of source.lines) {
    const tokens = line.text.trim().split(/\s+/);
    for (const token of tokens.slice(1, -1)) {
      const word = token.replace(/^[("”»]+|[.,;:!?)"”»]+$/g, "");
      if (TOKEN.test(word)) own.add(word.toLowerCase());
    }
  }
  const decompounder = new Decompounder();
  return {
    known: (word) => decompounder.isKnown(word),
    own: (word) => own.has(word.toLowerCase()),
    // Loading the whole hunspell dictionary takes a second or two: only when a hyphen asks for it.
    spelled: (word) => {
      speller ??= nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
      return speller.correct(word.toLowerCase());
    },
  };
}
