// A chapter's Markdown body → safe HTML for the document page. The body's own tree is turned
// into HTML (remark-rehype), sanitised (rehype-sanitize: raw HTML, scripts and javascript: URLs
// never reach the page), and then, as trusted markup, given an anchor for every item that
// stands in it, so that each goal, measure and responsibility has a permalink in place.
import type { BodyBlock, ChapterItem, Graph, GraphItem } from "@styrdok/core";
import { labelOf, typeName } from "@styrdok/core";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { urlOf } from "./urls.ts";

/** Item types that stand in a chapter's text and get an anchor there. */
const anchoredTypes: ReadonlySet<string> = new Set(["goal", "measure", "responsibility", "indicator", "definition", "event", "template"]);

/** Items with a page of their own get a link to it beside their text. */
const linkedTypes = new Set(["goal", "measure", "indicator"]);

/** The elements each kind of body block becomes on the page. */
const blockElements: Record<BodyBlock["type"], readonly string[]> = {
  paragraph: ["p"],
  heading: ["h3", "h4", "h5", "h6"],
  list: ["ul", "ol"],
  listItem: ["li"],
  table: ["table"],
  tableRow: ["tr"],
  tableCell: ["td", "th"],
  blockquote: ["blockquote"],
  footnoteDefinition: ["li"],
};

// Footnote ids come from remark-rehype with a per-chapter prefix; the content itself cannot
// produce ids (raw HTML is dropped), so the default clobbering prefix is not needed and would
// break the footnote links. No images: a body's image would be loaded from wherever its address
// points (imagesAsText keeps their words).
const schema = { ...defaultSchema, clobberPrefix: "", tagNames: defaultSchema.tagNames?.filter((name) => name !== "img") };

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
    const actor = graph.get(item.item.actor);
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

/** The page's element for each block of the body, found by the source position both carry. */
function elementsByPlace(tree: HastRoot): Map<string, Element[]> {
  const elements = new Map<string, Element[]>();
  visit(tree, "element", (element: Element) => {
    const start = element.position?.start.offset;
    const end = element.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const key = `${start}:${end}`;
    (elements.get(key) ?? elements.set(key, []).get(key)!).push(element);
  });
  return elements;
}

/**
 * Gives every item an anchor where its text stands (core found the block when it read the body):
 * the block itself gets the item's id, or, when the block already has one (a footnote, an earlier
 * item), a span inside it does. An item whose text the body does not show lands on its chapter.
 */
function anchorItems(tree: HastRoot, items: GraphItem[], places: ReadonlyMap<string, BodyBlock>, graph: Graph): void {
  const elements = elementsByPlace(tree);
  const anchored = new Set<Element>();
  for (const item of items) {
    const block = places.get(item.id);
    const element = block === undefined ? undefined : elements.get(`${block.start}:${block.end}`)?.find((candidate) => blockElements[block.type].includes(candidate.tagName));
    if (!element) {
      // Never a dead permalink: an item the text does not show still lands on its chapter.
      tree.children.unshift({ type: "element", tagName: "span", properties: { id: item.id, className: ["anchor"] }, children: [] });
      continue;
    }
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

/**
 * A table's header cell with nothing in it (the corner of a table whose rows are headed too, as
 * the sources print them) heads nothing: it becomes a plain cell, so that assistive technology
 * announces no empty header. The header row's other cells then say that they head their columns
 * (`scope`): a header row that starts with a plain cell no longer says so by itself.
 */
function emptyHeadersAsCells(tree: HastRoot): void {
  visit(tree, "element", (element: Element) => {
    if (element.tagName !== "th") return;
    if (hasText(element)) element.properties.scope = "col";
    else element.tagName = "td";
  });
}

function hasText(node: ElementContent | Element): boolean {
  if (node.type === "text") return node.value.trim() !== "";
  return "children" in node && node.children.some((child) => hasText(child as ElementContent));
}

/**
 * The sources are text, so a body has no pictures of its own; an image an editor writes would be
 * fetched from another site (which the pages' policy forbids) or from nowhere. Its description
 * stays, as text, where the image stood.
 */
function imagesAsText(tree: Root): void {
  visit(tree, (node, index, parent) => {
    if ((node.type !== "image" && node.type !== "imageReference") || !parent || index === undefined) return;
    parent.children.splice(index, 1, { type: "text", value: node.alt ?? "", position: node.position });
    return index;
  });
}

/** Headings in a body start at ## for the chapter's sections; on the page the chapter title is h2. */
function demoteHeadings(tree: Root): void {
  visit(tree, "heading", (heading) => {
    heading.depth = Math.min(6, heading.depth + 1) as typeof heading.depth;
  });
}

/**
 * Links to items (`[text](#id)`), as core read them from the body, go to the item's page or
 * anchor. A link to an item the site does not publish (an unconfirmed proposal) is its words alone.
 */
function linkMentions(tree: Root, chapter: ChapterItem, graph: Graph, unpublished: (id: string) => boolean): void {
  const mentioned = new Map(chapter.mentions.map((mention) => [`${mention.place.start.line}:${mention.place.start.column}`, mention.id]));
  visit(tree, (node, index, parent) => {
    if (node.type !== "link" && node.type !== "definition") return;
    const start = node.position?.start;
    const id = start ? mentioned.get(`${start.line}:${start.column}`) : undefined;
    const item = id === undefined ? undefined : graph.get(id);
    if (item) node.url = urlOf(item);
    else if (id !== undefined && unpublished(id) && node.type === "link" && parent && index !== undefined) {
      parent.children.splice(index, 1, ...node.children);
      return index;
    }
  });
}

/**
 * A chapter's body as HTML for its document's page; `unpublished` says which ids stand for items
 * the site leaves out (imported drafts, unconfirmed proposals), so that no link leads to them.
 */
export function renderChapter(chapter: ChapterItem, graph: Graph, unpublished: (id: string) => boolean = () => false): string {
  const tree = structuredClone(chapter.tree);
  tree.children = tree.children.filter((node) => node.type !== "yaml");
  demoteHeadings(tree);
  imagesAsText(tree);
  linkMentions(tree, chapter, graph, unpublished);
  const items = graph
    .incoming(chapter.id)
    .filter((relation) => relation.field === "chapter" && anchoredTypes.has(relation.fromType))
    .map((relation) => graph.get(relation.from)!);
  const places = new Map(chapter.places.map((place) => [place.id, place.block]));
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
      emptyHeadersAsCells(hast);
      anchorItems(hast, items, places, graph);
    })
    .use(rehypeStringify);
  const hast = processor.runSync(tree);
  return processor.stringify(hast);
}
