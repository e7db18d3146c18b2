// Texts compared as a reader compares them: word by word, with Swedish words kept whole, and
// blind to how the text happens to be wrapped or spaced in the file.
import { diffWords } from "diff";
import { normalizeText } from "./body.ts";
import type { WordPart } from "./diff.ts";

// One segmenter for every comparison: building it loads locale data, and it holds no state between calls.
const swedishWords = new Intl.Segmenter("sv", { granularity: "word" });

/**
 * Beyond this many edits two texts are different texts, and marking each word would only hide
 * that: the comparison then gives the whole text as deleted and inserted. An edit limit, not a
 * deadline, so that the result never depends on how busy the machine is.
 */
const MAX_WORD_EDITS = 2000;

/** A plain text as it is compared: NFC, whitespace runs collapsed, no surrounding whitespace. */
export const normalizeProse = normalizeText;

/**
 * Lines that start a block of their own in Markdown (a list item, a heading, a quote, a table
 * row, a fence, a footnote definition, a thematic break or setext underline): the line break
 * before them is structure, not wrapping.
 */
const blockStart = /^\s*(?:[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|#{1,6}(?:\s|$)|>|\||```|~~~|\[\^[^\]]+\]:|[=-]+\s*$|[*_](?:\s*[*_]){2,}\s*$)/;

/** Lines after which a line break always ends the block: headings and table rows. */
const blockLine = /^\s*(?:#{1,6}(?:\s|$)|\|)/;

/**
 * A Markdown body as it is compared. A paragraph rewrapped, lines indented differently inside a
 * paragraph, trailing spaces and runs of blank lines make no difference; paragraph breaks and
 * the line breaks that start a list item, heading, quote or table row do.
 */
export function normalizeMarkdown(markdown: string): string {
  const blocks: string[] = [];
  for (const paragraph of markdown
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*(?:\n[ \t]*)+/)) {
    let text = "";
    for (const raw of paragraph.split("\n")) {
      const line = raw.replace(/\s+$/, "");
      if (line === "") continue;
      const indent = /^[ \t]*/.exec(line)![0];
      const words = line.slice(indent.length).replace(/\s+/g, " ");
      if (text === "") text = indent + words;
      else if (blockStart.test(line) || blockLine.test(text.slice(text.lastIndexOf("\n") + 1))) text += `\n${indent}${words}`;
      else text += ` ${words}`;
    }
    if (text !== "") blocks.push(text);
  }
  return blocks.join("\n\n");
}

/**
 * Two texts compared word by word (words as Swedish segments them, so "våldsutsatta" or "k:a"
 * is one word), as runs of kept, deleted and inserted text; adjacent runs of one kind are one
 * run. Give normalised texts: whitespace is not compared.
 */
export function compareWords(before: string, after: string): WordPart[] {
  if (before === after) return before === "" ? [] : [{ op: "equal", text: before }];
  if (before === "") return [{ op: "insert", text: after }];
  if (after === "") return [{ op: "delete", text: before }];
  const changes = diffWords(before, after, { intlSegmenter: swedishWords, maxEditLength: MAX_WORD_EDITS });
  const parts: WordPart[] = [];
  const push = (op: WordPart["op"], text: string) => {
    if (text === "") return;
    const last = parts.at(-1);
    if (last?.op === op) last.text += text;
    else parts.push({ op, text });
  };
  if (!changes) {
    push("delete", before);
    push("insert", after);
    return parts;
  }
  for (const change of changes) push(change.added ? "insert" : change.removed ? "delete" : "equal", change.value);
  return parts;
}

/** Words as the nearest passage is found by: runs of letters and digits, in lower case. */
const wordPattern = /[\p{L}\p{N}]+/gu;
/** How many unchanged words a passage keeps on each side of a change; the rest is left out as "…". */
const CONTEXT_WORDS = 8;
/** How long one changed run may be before it is cut. */
const MAX_PART_LENGTH = 300;

/**
 * Where a quoting field and the text it should stand in differ: the passage of the texts most
 * like the quote (the run of as many words that shares most words with it), compared with the
 * quote word by word; "delete" is what only the passage has, "insert" what only the quote has.
 * Empty when no passage shares even half of the quote's words.
 */
export function nearestPassage(texts: readonly string[], quote: string): WordPart[] {
  const wanted = [...quote.matchAll(wordPattern)].map((match) => match[0].toLowerCase());
  if (wanted.length === 0) return [];
  const need = new Map<string, number>();
  for (const word of wanted) need.set(word, (need.get(word) ?? 0) + 1);
  let best: { text: string; words: Array<{ word: string; start: number; end: number }>; first: number; last: number; matched: number } | undefined;
  for (const text of texts) {
    const words = [...text.matchAll(wordPattern)].map((match) => ({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length }));
    const size = Math.min(wanted.length, words.length);
    // A window of the quote's length slides over the text, counting the words it shares with the quote.
    const have = new Map<string, number>();
    let matched = 0;
    for (const [index, { word }] of words.entries()) {
      const count = have.get(word) ?? 0;
      if (count < (need.get(word) ?? 0)) matched++;
      have.set(word, count + 1);
      if (index >= size) {
        const leaving = words[index - size]!.word;
        const left = have.get(leaving)! - 1;
        have.set(leaving, left);
        if (left < (need.get(leaving) ?? 0)) matched--;
      }
      if (index >= size - 1 && (!best || matched > best.matched)) best = { text, words, first: index - size + 1, last: index, matched };
    }
  }
  if (!best || best.matched * 2 < wanted.length) return [];
  let { first, last } = best;
  while (first < last && !need.has(best.words[first]!.word)) first++;
  while (last > first && !need.has(best.words[last]!.word)) last--;
  let start = best.words[first]!.start;
  let end = best.words[last]!.end;
  // Punctuation at the quote's ends counts where the passage has it too: "år." against "år.".
  if (/[^\s\p{L}\p{N}]$/u.test(quote)) end += /^[^\s\p{L}\p{N}]*/u.exec(best.text.slice(end))![0].length;
  if (/^[^\s\p{L}\p{N}]/u.test(quote)) start -= /[^\s\p{L}\p{N}]*$/u.exec(best.text.slice(0, start))![0].length;
  return shortened(compareWords(best.text.slice(start, end), quote));
}

/** A comparison cut to what an editor needs: a few unchanged words around each change, long changes cut. */
function shortened(parts: WordPart[]): WordPart[] {
  if (parts.length < 2) return parts;
  return parts.map((part, index) => {
    if (part.op !== "equal") return part.text.length > MAX_PART_LENGTH ? { ...part, text: `${part.text.slice(0, MAX_PART_LENGTH)}…` } : part;
    const words = part.text.split(/(?<=\s)/);
    const after = index > 0 ? CONTEXT_WORDS : 0;
    const before = index < parts.length - 1 ? CONTEXT_WORDS : 0;
    if (words.length <= after + before) return part;
    const head = words.slice(0, after).join("");
    const tail = words.slice(words.length - before).join("");
    return { op: "equal", text: `${head}${head && !/\s$/.test(head) ? " " : ""}…${tail ? " " : ""}${tail}` };
  });
}
