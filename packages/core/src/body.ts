// Stage 2b: what a file's Markdown body says, read once from its tree: the body text, its
// footnotes, its links to items, and its plain text for verbatim comparisons. The model, the
// checks and the exports all use this instead of looking at the file again.
import type { FootnoteDefinition, Nodes } from "mdast";
import { visit } from "unist-util-visit";
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
}

const blockTypes = new Set(["paragraph", "heading", "listItem", "tableCell", "blockquote", "footnoteDefinition", "code", "html"]);

/** NFC-normalised with runs of whitespace collapsed: how texts are compared. */
export function normalizeText(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
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

export function readBody(parsed: ParsedFile): Body {
  const text = String(parsed.file.value);
  const first = parsed.tree.children[0];
  const start = first?.type === "yaml" ? first.position!.end.offset! : 0;
  const markdown = lf(text.slice(start)).replace(/^[ \t]*\n/, "").replace(/^(\s*\n)+/, "");

  const footnotes: BodyFootnote[] = [];
  const duplicateFootnotes: BodyFootnote[] = [];
  const referencedFootnotes = new Set<string>();
  const undefinedFootnotes: Body["undefinedFootnotes"] = [];
  const mentions: Mention[] = [];
  const relativeLinks: BodyLink[] = [];
  const unsafeLinks: BodyLink[] = [];
  const html: Body["html"] = [];
  const parts: string[] = [];
  const seen = new Set<string>();

  visit(parsed.tree, (node: Nodes) => {
    if (node.type === "yaml") return "skip";
    if (blockTypes.has(node.type)) parts.push(" ");
    if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
    if (node.type === "break") parts.push(" ");
    if (node.type === "footnoteReference") referencedFootnotes.add(node.identifier);
    if (node.type === "footnoteDefinition") {
      const definition = node as FootnoteDefinition;
      const from = definition.children[0]?.position?.start.offset;
      const to = definition.children.at(-1)?.position?.end.offset;
      const footnote = {
        label: definition.label ?? definition.identifier,
        identifier: definition.identifier,
        text: from === undefined || to === undefined ? "" : lf(text.slice(from, to)).trim(),
        place: placeOf(node),
      };
      (seen.has(footnote.identifier) ? duplicateFootnotes : footnotes).push(footnote);
      seen.add(footnote.identifier);
    }
    if (node.type === "text") {
      // GFM leaves a reference to an undefined footnote as text. Read the source, not the value:
      // an escaped \[^x] is meant as text, and escapes shift the value's offsets.
      const from = node.position!.start.offset!;
      for (const match of text.slice(from, node.position!.end.offset!).matchAll(/(?<!\\)\[\^([^\]\s]+)\]/g)) {
        const offset = from + match.index;
        undefinedFootnotes.push({ label: match[1]!, place: parsed.placeAt(offset, offset + match[0].length) });
      }
    }
    if (node.type === "html") html.push({ value: node.value, place: placeOf(node) });
    if (node.type === "link" || node.type === "definition" || node.type === "image") {
      // Browsers ignore control characters and spaces around a scheme, so "java\tscript:" counts too.
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
    return undefined;
  });

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
    plainText: normalizeText(parts.join("")),
  };
}

/** The body of a file that has none to speak of (a registry file): empty Markdown aside from whitespace. */
export function isEmptyBody(body: Body): boolean {
  return body.markdown.trim() === "";
}
