// A link to an item, as every page lists one: where it goes, what it is, and its label.
import { type Graph, labelOf, typeName } from "@styrdok/core";
import { urlOf } from "./urls.ts";

export interface Link {
  id: string;
  type: string;
  /** The item's type in Swedish, e.g. "mål". */
  typeLabel: string;
  label: string;
  url: string;
}

export function linkTo(graph: Graph, id: string, length = 160): Link {
  const item = graph.get(id);
  // The content is validated before any page is built, so this is a bug in the site, not in the content.
  if (!item) throw new Error(`No item with the id ${id}`);
  return { id, type: item.type, typeLabel: typeName(item.type, "sv"), label: labelOf(item, length), url: urlOf(item) };
}

/** Links in the reader's alphabetical order. */
export function byLabel(a: Link, b: Link): number {
  return a.label.localeCompare(b.label, "sv");
}
