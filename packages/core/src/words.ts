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
