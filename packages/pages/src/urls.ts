// Where each item lives on the site. One function decides, so every link to an item agrees.
import type { Graph, GraphItem } from "@styrdok/core";

/** The page (and anchor) of an item. Items without a page of their own are anchors on their document. */
export function urlOf(item: GraphItem): string {
  const onDocument = () => `/dokument/${item.document}/#${item.id}`;
  switch (item.type) {
    case "document":
      return `/dokument/${item.id}/`;
    case "goal":
      return `/mal/${item.id}/`;
    case "measure":
      return `/atgard/${item.id}/`;
    case "indicator":
      return `/indikator/${item.id}/`;
    case "actor":
      return `/aktor/${item.id}/`;
    case "source":
      return `/kalla/${item.id}/`;
    case "framework":
      return `/ramverk/${item.id}/`;
    case "framework-goal":
      return `/ramverksmal/${item.id}/`;
    case "definition":
      return `/begrepp/#${item.id}`;
    default:
      return onDocument();
  }
}

export function countyUrl(county: string): string {
  return `/lan/${county}/`;
}

/** The URL of an id, or undefined when no such item exists. */
export function urlOfId(graph: Graph, id: string): string | undefined {
  const item = graph.get(id);
  return item ? urlOf(item) : undefined;
}
