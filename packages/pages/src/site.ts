// The site's one read of the content: loaded once per build (core's loadContent) and shared by
// every page, the search index and the downloads.
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Content, today as currentDay, dayOf, type Graph, type ItemType, loadContent, publishedContent } from "@styrdok/core";
import { DEFAULT_HISTORY_CACHE, type History, loadHistory } from "./history.ts";

export interface Site {
  /** What core read: the files with their findings, the model and its graph, imported drafts and proposals too. */
  content: Content;
  /**
   * What the site publishes (core's publishedContent): the content without imported drafts
   * (`draft: true`) and unconfirmed proposals (`proposed: true`), and without every reference to
   * them. The pages, the search index, the downloads and the history read this, never `content`.
   */
  published: Content;
  /** The graph every page model reads: the published content's. */
  graph: Graph;
  /** The day the site was built (YYYY-MM-DD): what "in force" is judged by. */
  today: string;
  /** The content's changes from git, newest first, each with its semantic diff (see history.ts). */
  history: History;
}

/** Content with errors: the site is never built from content that `styrdok validate` rejects. */
export class ContentErrors extends Error {
  readonly content: Content;
  constructor(content: Content) {
    // Editors read this when a build stops, so it is in Swedish like the validator's findings.
    super(`Innehållet har ${content.errors} fel, så webbplatsen byggs inte. Kör npm run styrdok -- validate för att se alla.`);
    this.name = "ContentErrors";
    this.content = content;
  }
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The content folder: STYRDOK_CONTENT, or the repository's content/. */
function contentFolder(): string {
  return resolve(repositoryRoot, process.env.STYRDOK_CONTENT ?? "content");
}

/**
 * Loads a content folder and builds what the pages read. Content with errors is refused with a
 * `ContentErrors` that carries every finding.
 */
export async function buildSite(folder: string, options: { cwd?: string; today?: string; historyLimit?: number; historyCache?: string } = {}): Promise<Site> {
  const cwd = options.cwd ?? repositoryRoot;
  const today = options.today ?? dayOf(process.env.STYRDOK_TODAY) ?? currentDay();
  // Every chapter is rendered and every item placed: keeping the trees saves parsing them twice.
  const content = await loadContent([folder], { cwd, today, keepTrees: true });
  if (content.errors > 0) throw new ContentErrors(content);
  const published = publishedContent(content);
  const history = await loadHistory(resolve(cwd, folder), published, {
    cwd,
    today,
    ...(options.historyLimit !== undefined ? { limit: options.historyLimit } : {}),
    ...(options.historyCache ? { cache: options.historyCache } : {}),
  });
  return { content, published, graph: published.graph, today, history };
}

let loading: Promise<Site> | undefined;

/**
 * The site of the content folder, built once per process and shared by every page. STYRDOK_TODAY
 * (YYYY-MM-DD) fixes the day validity is judged by, for reproducible builds and tests. What the
 * history computed of each change is kept for the next build (DEFAULT_HISTORY_CACHE).
 */
export function loadSite(): Promise<Site> {
  loading ??= buildSite(contentFolder(), { historyCache: DEFAULT_HISTORY_CACHE });
  return loading;
}

/** The pages of one item type, for Astro's getStaticPaths: one per item, in file order. */
export function pageParams(site: Site, type: ItemType): Array<{ params: { id: string } }> {
  return site.graph.all(type).map((node) => ({ params: { id: node.id } }));
}
