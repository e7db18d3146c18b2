// Where each item lives on the site. One function decides, so every link to an item agrees.
//
// A page has a path from the site's root ("/mal/x/") and a URL, the address a browser asks for.
// They differ only where the site is served below a base path: GitHub Pages serves a project's
// site under its name ("/styrdok/mal/x/"). STYRDOK_BASE sets that base for a build, read once,
// like STYRDOK_TODAY; Astro's `base` (site/astro.config.mjs) takes the same value from here.
import type { GraphItem } from "@styrdok/core";

/**
 * The base path as "/" or "/a/b/", from what a workflow or a person may write: "", "/", "/styrdok",
 * "styrdok/". A segment outside URL's unreserved characters is refused: it would need escaping in
 * every link, and GitHub's repository names never need it.
 */
export function normalBase(value: string | undefined): string {
  const segments = (value ?? "").split("/").filter(Boolean);
  const bad = segments.find((segment) => !/^[A-Za-z0-9._~-]+$/.test(segment) || segment === "." || segment === "..");
  if (bad !== undefined) throw new Error(`STYRDOK_BASE ska vara en sökväg som /styrdok/, av bokstäverna a–z och A–Z, siffror och . _ ~ -; "${value}" går inte.`);
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

function configuredBase(): { base: string; problem?: string } {
  try {
    return { base: normalBase(process.env.STYRDOK_BASE) };
  } catch (error) {
    return { base: "/", problem: (error as Error).message };
  }
}

const configured = configuredBase();

/** The path the site is served under: "/" unless STYRDOK_BASE says otherwise. */
export const siteBase: string = configured.base;

/** Why STYRDOK_BASE cannot be used, where it cannot: the build stops with it (site/scripts/build.ts). */
export const siteBaseProblem: string | undefined = configured.problem;

/** The URL of a path from the site's root ("/sok/" → "/styrdok/sok/" under that base). */
export function siteUrl(path: string): string {
  return siteBase === "/" ? path : `${siteBase}${path.replace(/^\//, "")}`;
}

/** The path of the place where an item's text stands: its anchor on its document's page. */
function placePath(item: { id: string; document?: string | null }): string {
  return `/dokument/${item.document}/#${item.id}`;
}

/** Where an item's text stands: its anchor on its document's page. */
export function placeOf(item: { id: string; document?: string | null }): string {
  return siteUrl(placePath(item));
}

/**
 * The path of an item's page (and anchor), from the site's root. Items without a page of their own
 * are anchors on their document. Search records keep paths: Pagefind puts its own base in front.
 */
export function pathOf(item: GraphItem): string {
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
      return placePath(item);
  }
}

/** The URL of an item's page (and anchor), as links on the site point to it. */
export function urlOf(item: GraphItem): string {
  return siteUrl(pathOf(item));
}

export function countyUrl(county: string): string {
  return siteUrl(`/lan/${county}/`);
}

/** Every change to the content, newest first. */
export function changesUrl(): string {
  return siteUrl("/andringar/");
}

/** One change, by its short commit (history.ts's shortCommit). */
export function changeUrl(short: string): string {
  return siteUrl(`/andring/${short}/`);
}

/** The contributor's guide: how to propose a change, and every finding with how to fix it. */
export function contributeUrl(): string {
  return siteUrl("/bidra/");
}

/** The web editor ("Redigera på webben"), where a change is saved as a pull request. */
export function adminUrl(): string {
  return siteUrl("/admin/");
}

/** The Atom feed of changes: site-wide, or of the changes that touched a county's documents. */
export function changesFeedUrl(county?: string): string {
  return siteUrl(county ? `/lan/${county}/andringar.xml` : "/andringar.xml");
}

/**
 * An address on the site as a reader outside it needs it (in a feed): absolute against
 * STYRDOK_SITE_URL where that is set (the published site's address), else as given. The helpers
 * above give root-relative addresses that already carry the base path, so the site URL's own
 * path is replaced, not prefixed.
 */
export function absoluteUrl(url: string, siteUrl = process.env.STYRDOK_SITE_URL): string {
  return siteUrl ? new URL(url, siteUrl).href : url;
}
