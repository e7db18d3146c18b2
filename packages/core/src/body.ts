// Stage 2b: what a file's Markdown body says, read once from its tree: the body text, its
// footnotes, its links to items, and its plain text for verbatim comparisons. The model, the
// checks and the exports all use this instead of looking at the file again.
import type { FootnoteDefinition, List, Nodes, Parents } from "mdast";
import type { Place } from "./messages.ts";
import type { ParsedFile } from "./parse.ts";

export interface BodyFootnote {
  /** The label as written, e.g. "12". */
  label: string;
  /** The label as GFM matches it (case-folded). */
  identifier: string;
  /** The footnote's text as Markdown, with LF line endings. */
  text: string;
  place: Place;
}

/** A link in the body: to an item (`#id`) or somewhere else. */
export interface BodyLink {
  href: string;
  place: Place;
}

/** A link from a body to an item: the body mentions it. */
export interface Mention extends BodyLink {
  /** The id linked to (the fragment, percent-decoded). */
  id: string;
}

/**
 * A block of the body that an item's text can stand in, as the site shows it: a paragraph, a
 * heading, a list or list item, a table, row or cell, a quote, a footnote. `start` and `end` are
 * offsets in the file; `text` is the block's plain text, normalised.
 */
export interface BodyBlock {
  type: "paragraph" | "heading" | "list" | "listItem" | "table" | "tableRow" | "tableCell" | "blockquote" | "footnoteDefinition";
  start: number;
  end: number;
  text: string;
}

export interface Body {
  /** The Markdown after the frontmatter, with LF line endings. */
  markdown: string;
  /** Footnote definitions in order; for a label defined twice, the first (GFM renders that one). */
  footnotes: BodyFootnote[];
  /** Second and later definitions of a label. */
  duplicateFootnotes: BodyFootnote[];
  /** Identifiers of the footnotes the text refers to. */
  referencedFootnotes: Set<string>;
  /** `[^x]` written in the text with no definition (GFM leaves it as text). */
  undefinedFootnotes: Array<{ label: string; place: Place }>;
  mentions: Mention[];
  /** Links that are neither to an item nor absolute (http:, mailto: …), e.g. a forgotten `#`. */
  relativeLinks: BodyLink[];
  /** Links with a scheme that runs code or embeds data (javascript:, data:, vbscript:). */
  unsafeLinks: BodyLink[];
  /** Raw HTML in the body: the site drops it, with any text inside it. */
  html: Array<{ value: string; place: Place }>;
  /** The plain text, NFC-normalised with whitespace collapsed, for verbatim comparisons. */
  plainText: string;
  /**
   * The blocks in the order a reader meets them: the text's, then its footnotes in the order the
   * text first refers to them (footnotes nothing refers to are not shown, so not listed).
   */
  blocks: BodyBlock[];
  /** How deeply the body's tree nests: the site renders it by recursion, so it must stay modest. */
  depth: number;
}

/** Nodes whose text is set apart from what surrounds it. */
const blockTypes = new Set(["paragraph", "heading", "list", "listItem", "table", "tableRow", "tableCell", "blockquote", "footnoteDefinition", "code", "html"]);

/** NFC-normalised with runs of whitespace collapsed: how texts are compared. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

/** Plain words as Markdown: the characters that would turn them into markup escaped. */
export function markdownEscaped(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|~&])/g, "\\$1")
    .replace(/^(\s*)([#>+-])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}

/** Whether `needle` stands in `haystack` as whole words (not inside a longer word). */
export function containsWords(haystack: string, needle: string): boolean {
  if (!needle) return true;
  const word = /[\p{L}\p{N}]/u;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const before = haystack[at - 1];
    const after = haystack[at + needle.length];
    const startsWord = word.test(needle[0]!);
    const endsWord = word.test(needle.at(-1)!);
    if ((!startsWord || !before || !word.test(before)) && (!endsWord || !after || !word.test(after))) return true;
  }
  return false;
}

function placeOf(node: Nodes): Place {
  const position = node.position!;
  return { start: { line: position.start.line, column: position.start.column }, end: { line: position.end.line, column: position.end.column } };
}

const lf = (text: string) => text.replace(/\r\n?/g, "\n");

/** Whether a list's paragraphs stand on their own; in a tight list they are part of their item. */
function isLoose(list: List): boolean {
  return Boolean(list.spread) || list.children.some((item) => (item.spread ?? item.children.length > 1) === true);
}

/** Whether a node is a block an item can be found in, as the site renders it. */
function asBlock(node: Nodes, parent: Parents | undefined, grandparent: Parents | undefined): BodyBlock["type"] | undefined {
  switch (node.type) {
    case "paragraph":
      // A tight list's paragraphs are rendered as their item's text, not as paragraphs.
      return parent?.type === "listItem" && grandparent?.type === "list" && !isLoose(grandparent) ? undefined : "paragraph";
    case "heading":
      // Body headings start at ##; a # would be the chapter's own title.
      return node.depth >= 2 ? "heading" : undefined;
    case "list":
    case "listItem":
    case "table":
    case "tableRow":
    case "tableCell":
    case "blockquote":
    case "footnoteDefinition":
      return node.type;
    default:
      return undefined;
  }
}

/** Where a file's body starts: just after its frontmatter's closing fence, or at 0 without frontmatter. */
export function bodyOffset(parsed: ParsedFile): number {
  const first = parsed.tree.children[0];
  return first?.type === "yaml" ? first.position!.end.offset! : 0;
}

/**
 * Where a text node stands in the source. GFM's web addresses split the text they stand in into
 * pieces without a position (after an unclosed "[", say; remark-gfm #16, #79): such a piece
 * stands somewhere between its nearest siblings that have one, so that stretch of the parent is
 * where its source is.
 */
function sourceOf(node: Nodes, parent: Parents | undefined): [number, number] | undefined {
  if (node.position) return [node.position.start.offset!, node.position.end.offset!];
  if (!parent?.position) return undefined;
  const siblings = parent.children as Nodes[];
  const index = siblings.indexOf(node);
  const before = siblings.slice(0, index).findLast((sibling) => sibling.position)?.position?.end.offset ?? parent.position.start.offset!;
  const after = siblings.slice(index + 1).find((sibling) => sibling.position)?.position?.start.offset ?? parent.position.end.offset!;
  return [before, after];
}

/** The body's Markdown as `Body.markdown` gives it: from `start` (see `bodyOffset`), LF line endings, leading blank lines dropped. */
export function bodyMarkdown(text: string, start: number): string {
  return lf(text.slice(start))
    .replace(/^[ \t]*\n/, "")
    .replace(/^(\s*\n)+/, "");
}

export function readBody(parsed: ParsedFile): Body {
  const text = String(parsed.file.value);
  const start = bodyOffset(parsed);
  const markdown = bodyMarkdown(text, start);

  const footnotes: BodyFootnote[] = [];
  const duplicateFootnotes: BodyFootnote[] = [];
  const referencedFootnotes = new Set<string>();
  const undefinedFootnotes: Body["undefinedFootnotes"] = [];
  const mentions: Mention[] = [];
  const relativeLinks: BodyLink[] = [];
  const unsafeLinks: BodyLink[] = [];
  const html: Body["html"] = [];
  /**
   * The body's words in reading order, each with where it shows: in the text or in a footnote
   * (`footnote`), in a table cell the page drops (`hidden`), or in a code block (`code`: on the
   * page, but not prose a field could quote).
   */
  const pieces: Array<{ text: string; footnote: string | undefined; hidden: boolean; code: boolean }> = [];
  const seen = new Set<string>();
  const blocks: BodyBlock[] = [];
  /** Blocks inside each footnote definition, by its identifier (the first definition only). */
  const footnoteBlocks = new Map<string, BodyBlock[]>();
  /** Footnotes the text refers to, in order; and those each footnote refers to. */
  const textReferences: string[] = [];
  const footnoteReferences = new Map<string, string[]>();
  let depth = 0;
  /** Source ranges already scanned for footnote references left as text. */
  const scanned = new Set<string>();

  // Depth-first with an explicit stack (a hostile body may nest deeply), so that a block's text
  // is known when the walk leaves it.
  type Frame = {
    node: Nodes;
    parent: Parents | undefined;
    grandparent: Parents | undefined;
    /** The footnote the node stands in ("" in a second definition of a label, which is not shown). */
    footnote: string | undefined;
    hidden: boolean;
    depth: number;
    leave?: { block: BodyBlock; from: number };
  };
  const stack: Frame[] = [{ node: parsed.tree, parent: undefined, grandparent: undefined, footnote: undefined, hidden: false, depth: 0 }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node } = frame;
    const piece = (words: string, code = false) => pieces.push({ text: words, footnote: frame.footnote, hidden: frame.hidden, code });
    if (frame.leave) {
      piece(" ");
      const { block, from } = frame.leave;
      // What the block shows on the page: its own words, not those of a footnote defined inside it.
      const shown = pieces.slice(from).filter((entry) => entry.footnote === frame.footnote && !entry.hidden);
      block.text = normalizeText(shown.map((entry) => entry.text).join(""));
      continue;
    }
    if (node.type === "yaml") continue;
    depth = Math.max(depth, frame.depth);
    let footnote = frame.footnote;
    if (node.type === "footnoteDefinition") {
      const definition: FootnoteDefinition = node;
      const from = definition.children[0]?.position?.start.offset;
      const to = definition.children.at(-1)?.position?.end.offset;
      const entry = {
        label: definition.label ?? definition.identifier,
        identifier: definition.identifier,
        text: from === undefined || to === undefined ? "" : lf(text.slice(from, to)).trim(),
        place: placeOf(node),
      };
      const duplicate = seen.has(entry.identifier);
      (duplicate ? duplicateFootnotes : footnotes).push(entry);
      seen.add(entry.identifier);
      // GFM shows the first definition of a label; the others are not on the page.
      footnote = duplicate ? "" : entry.identifier;
      if (!duplicate) {
        footnoteBlocks.set(entry.identifier, []);
        footnoteReferences.set(entry.identifier, []);
      }
    }
    if (blockTypes.has(node.type)) piece(" ");
    if (node.type === "text" || node.type === "inlineCode") piece(node.value);
    if (node.type === "code") piece(node.value, true);
    if (node.type === "break") piece(" ");
    if (node.type === "footnoteReference") {
      referencedFootnotes.add(node.identifier);
      if (frame.footnote === undefined) textReferences.push(node.identifier);
      else if (frame.footnote !== "") footnoteReferences.get(frame.footnote)?.push(node.identifier);
    }
    if (node.type === "text") {
      // GFM leaves a reference to an undefined footnote as text. Read the source, not the value:
      // an escaped \[^x] is meant as text (but in \\[^x] the backslash is), and escapes shift the value's offsets.
      const range = sourceOf(node, frame.parent);
      if (range && !scanned.has(`${range[0]}:${range[1]}`)) {
        scanned.add(`${range[0]}:${range[1]}`);
        for (const match of text.slice(range[0], range[1]).matchAll(/\[(?<!(?<!\\)(?:\\\\)*\\\[)\^([^\]\s]+)\]/g)) {
          const offset = range[0] + match.index;
          undefinedFootnotes.push({ label: match[1]!, place: parsed.placeAt(offset, offset + match[0].length) });
        }
      }
    }
    if (node.type === "html") html.push({ value: node.value, place: placeOf(node) });
    if (node.type === "link" || node.type === "definition" || node.type === "image") {
      // Browsers ignore control characters and spaces around a scheme, so "java\tscript:" counts too.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this removes.
      if (/^(?:javascript|data|vbscript):/i.test(node.url.replace(/[\u0000-\u0020]/g, ""))) unsafeLinks.push({ href: node.url, place: placeOf(node) });
      if (node.url.startsWith("#")) {
        let id = node.url.slice(1);
        try {
          id = decodeURIComponent(id);
        } catch {
          // Keep the raw fragment; it resolves to nothing and is reported as such.
        }
        mentions.push({ id, href: node.url, place: placeOf(node) });
      } else if (!/^[a-z][a-z0-9+.-]*:/i.test(node.url)) {
        relativeLinks.push({ href: node.url, place: placeOf(node) });
      }
    }
    const type = asBlock(node, frame.parent, frame.grandparent);
    if (type && !frame.hidden && node.position?.start.offset !== undefined && node.position.end.offset !== undefined && footnote !== "") {
      const block: BodyBlock = { type, start: node.position.start.offset, end: node.position.end.offset, text: "" };
      (footnote === undefined ? blocks : footnoteBlocks.get(footnote)!).push(block);
      stack.push({ ...frame, footnote, leave: { block, from: pieces.length } });
    }
    if ("children" in node) {
      // A table shows as many cells in a row as its header has columns; the rest are dropped.
      const columns = node.type === "tableRow" && frame.parent?.type === "table" ? frame.parent.align?.length : undefined;
      for (let index = node.children.length - 1; index >= 0; index--) {
        const hidden = frame.hidden || (columns !== undefined && index >= columns);
        stack.push({ node: node.children[index]!, parent: node, grandparent: frame.parent, footnote, hidden, depth: frame.depth + 1 });
      }
    }
  }
  // The page lists footnotes in the order the text refers to them, then those that footnotes
  // refer to, each once: so do its blocks.
  const order = new Set(textReferences);
  // A set grows while it is walked and visits what was added: each footnote once, in linear time.
  for (const identifier of order) {
    for (const next of footnoteReferences.get(identifier) ?? []) order.add(next);
  }
  for (const identifier of order) blocks.push(...(footnoteBlocks.get(identifier) ?? []));

  return {
    markdown,
    footnotes,
    duplicateFootnotes,
    referencedFootnotes,
    undefinedFootnotes,
    mentions,
    relativeLinks,
    unsafeLinks,
    html,
    plainText: normalizeText(
      pieces
        .filter((entry) => !entry.code)
        .map((entry) => entry.text)
        .join(""),
    ),
    blocks,
    depth,
  };
}

/** Blocks that hold other blocks; a block of text inside them is a better place for an item. */
const containerBlocks = new Set<BodyBlock["type"]>(["list", "table", "tableRow"]);

/**
 * Where a text stands in a body: the smallest block that holds all of it; on a tie the outer one
 * (a list item rather than its paragraph), but a list, table or row only when none of its parts
 * will do. A text that runs over several blocks stands where its first eight words do.
 */
export function blockOfText(blocks: readonly BodyBlock[], text: string): BodyBlock | undefined {
  const wanted = normalizeText(text);
  if (!wanted) return undefined;
  let best: BodyBlock | undefined;
  for (const block of blocks) {
    if (!containsWords(block.text, wanted)) continue;
    const tieWithContainer = best !== undefined && block.text.length === best.text.length && containerBlocks.has(best.type) && !containerBlocks.has(block.type);
    if (!best || block.text.length < best.text.length || tieWithContainer) best = block;
  }
  if (best) return best;
  // Where the opening stands, by the same rule: a list item rather than its list.
  const opening = wanted.split(" ").slice(0, 8).join(" ");
  return opening === wanted ? undefined : blockOfText(blocks, opening);
}

/** The body of a file that has none to speak of (a registry file): empty Markdown aside from whitespace. */
export function isEmptyBody(body: Body): boolean {
  return body.markdown.trim() === "";
}
