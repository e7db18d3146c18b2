// Where each item lives on the site. One function decides, so every link to an item agrees.
import type { GraphItem } from "@styrdok/core";

/** Where an item's text stands: its anchor on its document's page. */
export function placeOf(item: { id: string; document?: string | null }): string {
  return `/dokument/${item.document}/#${item.id}`;
}

/** The page (and anchor) of an item. Items without a page of their own are anchors on their document. */
export function urlOf(item: GraphItem): string {
  const onDocument = () => placeOf(item);
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

/** Every change to the content, newest first. */
export function changesUrl(): string {
  return "/andringar/";
}

/** One change, by its short commit (history.ts's shortCommit). */
export function changeUrl(short: string): string {
  return `/andring/${short}/`;
}

/** The Atom feed of changes: site-wide, or of the changes that touched a county's documents. */
export function changesFeedUrl(county?: string): string {
  return county ? `/lan/${county}/andringar.xml` : "/andringar.xml";
}

/**
 * An address on the site as a reader outside it needs it (in a feed): absolute against
 * STYRDOK_SITE_URL where that is set (the published site's address), else as given. The helpers
 * above give root-relative addresses, so the site URL's own path is replaced, not prefixed.
 */
export function absoluteUrl(url: string, siteUrl = process.env.STYRDOK_SITE_URL): string {
  return siteUrl ? new URL(url, siteUrl).href : url;
}
