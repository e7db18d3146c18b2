// A chapter's Markdown body → safe HTML for the document page. The body's own tree is turned
// into HTML (remark-rehype), sanitised (rehype-sanitize: raw HTML, scripts and javascript: URLs
// never reach the page), and then, as trusted markup, given an anchor for every item that
// stands in it, so that each goal, measure and responsibility has a permalink in place.
import { type ChapterItem, containsWords, type Graph, type GraphItem, labelOf, normalizeText, typeName } from "@styrdok/core";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { urlOf } from "./urls.ts";

/** Item types that stand in a chapter's text and get an anchor there. */
const anchoredTypes = ["goal", "measure", "responsibility", "indicator", "definition", "event", "template"] as const;

/** Items with a page of their own get a link to it beside their text. */
const linkedTypes = new Set(["goal", "measure", "indicator"]);

/** Elements an item can be anchored on, from the smallest (a paragraph) to the largest (a list or table). */
const blockTags = new Set(["p", "li", "td", "th", "h3", "h4", "h5", "h6", "blockquote", "dd", "dt", "tr", "ul", "ol", "table"]);

// Footnote ids come from remark-rehype with a per-chapter prefix; the content itself cannot
// produce ids (raw HTML is dropped), so the default clobbering prefix is not needed and would
// break the footnote links.
const schema = { ...defaultSchema, clobberPrefix: "" };

/** The text an item must be found by in the body. */
function textOf(item: GraphItem): string | undefined {
  const data = item.item as unknown as { text?: unknown; title?: unknown };
  const text = typeof data.text === "string" ? data.text : typeof data.title === "string" ? data.title : undefined;
  return text ? normalizeText(text) : undefined;
}

/** Links an item's text to its own page or its actor, as a small labelled badge. */
function badge(graph: Graph, item: GraphItem): ElementContent | undefined {
  if (linkedTypes.has(item.type)) {
    return {
      type: "element",
      tagName: "a",
      properties: { className: ["item-link", `item-${item.type}`], href: urlOf(item), ariaLabel: `${typeName(item.type, "sv")}: ${labelOf(item, 80)}` },
      children: [{ type: "text", value: typeName(item.type, "sv") }],
    };
  }
  if (item.type === "responsibility") {
    const actor = graph.get((item.item as unknown as { actor: string }).actor);
    if (!actor) return undefined;
    return {
      type: "element",
      tagName: "a",
      properties: { className: ["item-link", "item-responsibility"], href: urlOf(actor) },
      children: [{ type: "text", value: `Ansvar · ${labelOf(actor)}` }],
    };
  }
  return undefined;
}

/**
 * The text of an element as the validator reads a body (core's readBody): footnote markers are
 * not text, and blocks are separated by a space. So an item whose text the validator found in
 * the chapter is found here too.
 */
function plainTextOf(node: ElementContent | HastRoot): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" && node.type !== "root") return "";
  if (node.type === "element" && node.properties.dataFootnoteRef !== undefined) return "";
  const inner = node.children.map((child) => plainTextOf(child as ElementContent)).join("");
  return node.type === "element" && blockTags.has(node.tagName) ? ` ${inner} ` : inner;
}

function anchorItems(tree: HastRoot, items: GraphItem[], graph: Graph): void {
  const blocks: Array<{ element: Element; text: string }> = [];
  visit(tree, "element", (element: Element) => {
    if (blockTags.has(element.tagName)) blocks.push({ element, text: normalizeText(plainTextOf(element)) });
  });
  const anchored = new Set<Element>();
  for (const item of items) {
    const text = textOf(item);
    if (!text) continue;
    // The smallest block that holds the whole text; on a tie the outer one (a list item, not its
    // paragraph), but never a list or table when one of its items would do. Failing that (a text that runs over several lists or paragraphs), the first
    // block where it begins.
    let best: { element: Element; text: string } | undefined;
    for (const block of blocks) {
      if (!containsWords(block.text, text)) continue;
      const tieWithContainer = best && block.text.length === best.text.length && containerTags.has(best.element.tagName) && !containerTags.has(block.element.tagName);
      if (!best || block.text.length < best.text.length || tieWithContainer) best = block;
    }
    const opening = text.split(" ").slice(0, 8).join(" ");
    best ??= blocks.find((block) => containsWords(block.text, opening));
    if (!best) {
      // Never a dead permalink: an item the text does not show still lands on its chapter.
      tree.children.unshift({ type: "element", tagName: "span", properties: { id: item.id, className: ["anchor"] }, children: [] });
      continue;
    }
    const { element } = best;
    // A block that already has an id (a footnote, an earlier item) keeps it; the item gets its own anchor inside.
    if (!anchored.has(element) && element.properties.id === undefined) {
      anchored.add(element);
      element.properties = { ...element.properties, id: item.id, className: [...((element.properties.className as string[] | undefined) ?? []), "item", `item-${item.type}`] };
    } else {
      textHolder(element).children.unshift({ type: "element", tagName: "span", properties: { id: item.id, className: ["anchor"] }, children: [] });
    }
    const link = badge(graph, item);
    if (link) textHolder(element).children.push({ type: "text", value: " " }, link);
  }
}

/** Lists, tables and rows cannot hold text or links themselves: their first item or cell does. */
const containerTags = new Set(["ul", "ol", "table", "thead", "tbody", "tr"]);
function textHolder(element: Element): Element {
  let holder = element;
  while (containerTags.has(holder.tagName)) {
    const next = holder.children.find((child): child is Element => child.type === "element");
    if (!next) break;
    holder = next;
  }
  return holder;
}

/**
 * Footnotes as remark-rehype makes them, fitted to a page of many chapters and to the sources:
 * every chapter's footnote heading gets the same id ("footnote-label"), so each gets its
 * chapter's; and footnotes are numbered 1, 2, 3 … per chapter, while the sources number them
 * through the whole document and gaps and notes cite those numbers ("fotnot 23"), so a footnote
 * whose label is a number keeps it, in the text and in the list.
 */
function adaptFootnotes(tree: HastRoot, prefix: string): void {
  const label = "footnote-label";
  const numbered = new RegExp(`^#?${prefix}fn-(\\d+)$`);
  const numberOf = (reference: unknown) => String(reference ?? "").match(numbered)?.[1];
  visit(tree, "element", (element: Element) => {
    if (element.properties.id === label) element.properties.id = `${prefix}${label}`;
    const describedBy = element.properties.ariaDescribedBy;
    if (Array.isArray(describedBy)) element.properties.ariaDescribedBy = describedBy.map((id) => (id === label ? `${prefix}${label}` : id));
    if (element.tagName === "a" && element.properties.dataFootnoteRef !== undefined) {
      const number = numberOf(element.properties.href);
      if (number) element.children = [{ type: "text", value: number }];
    }
    if (element.tagName === "li") {
      const number = numberOf(element.properties.id);
      if (number) element.properties.value = number;
    }
  });
}

/** Headings in a body start at ## for the chapter's sections; on the page the chapter title is h2. */
function demoteHeadings(tree: Root): void {
  visit(tree, "heading", (heading) => {
    heading.depth = Math.min(6, heading.depth + 1) as typeof heading.depth;
  });
}

/** Links to items (`[text](#id)`) go to the item's page or anchor. */
function resolveLinks(tree: Root, graph: Graph): void {
  visit(tree, (node) => {
    if ((node.type === "link" || node.type === "definition") && node.url.startsWith("#")) {
      let id = node.url.slice(1);
      try {
        id = decodeURIComponent(id);
      } catch {
        // A malformed escape names no item; the link stays as written (the validator reports it).
      }
      const item = graph.get(id);
      if (item) node.url = urlOf(item);
    }
  });
}

export function renderChapter(chapter: ChapterItem, graph: Graph): string {
  const tree = structuredClone(chapter.tree);
  tree.children = tree.children.filter((node) => node.type !== "yaml");
  demoteHeadings(tree);
  resolveLinks(tree, graph);
  const items = graph
    .incoming(chapter.id)
    .filter((relation) => relation.field === "chapter" && (anchoredTypes as readonly string[]).includes(relation.fromType))
    .map((relation) => graph.get(relation.from)!);
  const processor = unified()
    .use(remarkRehype, {
      clobberPrefix: `${chapter.id}-`,
      footnoteLabel: "Fotnoter",
      footnoteLabelTagName: "h3",
      footnoteBackLabel: (referenceIndex, rereferenceIndex) => `Tillbaka till texten (hänvisning ${referenceIndex + 1}${rereferenceIndex > 1 ? `, ${rereferenceIndex}` : ""})`,
    })
    .use(rehypeSanitize, schema)
    .use(() => (hast: HastRoot) => {
      adaptFootnotes(hast, `${chapter.id}-`);
      anchorItems(hast, items, graph);
    })
    .use(rehypeStringify);
  const hast = processor.runSync(tree as Root);
  return processor.stringify(hast as HastRoot);
}

