// Which strings of letters are Swedish words, for undoing hyphenation at line ends: the
// Swedish spelling dictionary (@styrdok/swedish: its words, their compounds and inflections),
// and the document's own words as it writes them inside lines. (nspell was tried: with
// dictionary-sv's compound rules it accepts every string, "xqzv" too.)
import { Decompounder } from "@styrdok/swedish";
import type { Words } from "./clean.ts";
import type { SourceText } from "./source.ts";

const TOKEN = /^[A-Za-zÅÄÖÉÜåäöéü]{3,}(?:-[A-Za-zÅÄÖÉÜåäöéü]+)?$/;

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
    spelled: (word) => decompounder.isSpelled(word),
  };
}
