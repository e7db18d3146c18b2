// The site's one read of the content: loaded once per build (core's loadContent) and shared by
// every page, the search index and the downloads.
import { execFileSync } from "node:child_process";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Content, today as currentDay, dayOf, type Graph, type ItemType, loadContent } from "@styrdok/core";

export interface Site {
  /** What core read: the files with their findings, the model and its graph. */
  content: Content;
  /** The graph every page model reads (the content's own). */
  graph: Graph;
  /** The day the site was built (YYYY-MM-DD): what "in force" is judged by. */
  today: string;
  /**
   * The latest changes to the content, newest first, from git: per day, the documents whose files
   * changed, and the registries. Empty where there is no history.
   */
  changes: Array<{ date: string; documents: string[]; registries: Registry[] }>;
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
export async function buildSite(folder: string, options: { cwd?: string; today?: string } = {}): Promise<Site> {
  const cwd = options.cwd ?? repositoryRoot;
  const today = options.today ?? dayOf(process.env.STYRDOK_TODAY) ?? currentDay();
  const content = await loadContent([folder], { cwd, today });
  if (content.errors > 0) throw new ContentErrors(content);
  const root = resolve(cwd, folder);
  const inRoot = (file: string) => relative(root, resolve(cwd, file));
  // A document is its folder: a change to any of its files is a change to it.
  const documentOfFolder = new Map(content.graph.all("document").map((document) => [dirname(inRoot(document.item.origin.file)), document.id]));
  const registryOfFile = new Map<string, Registry>([
    ...content.graph.all("actor").map((actor) => [inRoot(actor.item.origin.file), "actors"] as const),
    ...content.graph.all("source").map((source) => [inRoot(source.item.origin.file), "sources"] as const),
    ...content.graph.all("framework").map((framework) => [inRoot(framework.item.origin.file), "frameworks"] as const),
  ]);
  const changes = recentChanges(root).map(({ date, files }) => {
    const documents = new Set<string>();
    const registries = new Set<Registry>();
    for (const file of files) {
      const document = documentOfFolder.get(dirname(file));
      const registry = registryOfFile.get(file);
      if (document) documents.add(document);
      else if (registry) registries.add(registry);
    }
    return { date, documents: [...documents], registries: [...registries] };
  });
  return { content, graph: content.graph, today, changes };
}

/** The registries beside the documents: of actors, of sources, and the frameworks. */
export type Registry = "actors" | "sources" | "frameworks";

/** Per day, newest first, the files changed (relative to the content folder), from git. */
function recentChanges(folder: string): Array<{ date: string; files: string[] }> {
  let log: string;
  try {
    log = execFileSync("git", ["-c", "core.quotepath=off", "log", "-n", "30", "--date=short", "--format=%x1e%ad", "--name-only", "--relative", "--", "."], {
      cwd: folder,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return [];
  }
  const byDate = new Map<string, Set<string>>();
  for (const commit of log.split("\x1e").filter((chunk) => chunk.trim())) {
    const [date, ...files] = commit
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
    const day = byDate.get(date!) ?? byDate.set(date!, new Set()).get(date!)!;
    for (const file of files) day.add(file);
  }
  return [...byDate].slice(0, 5).map(([date, files]) => ({ date, files: [...files].sort() }));
}

let loading: Promise<Site> | undefined;

/**
 * The site of the content folder, built once per process and shared by every page. STYRDOK_TODAY
 * (YYYY-MM-DD) fixes the day validity is judged by, for reproducible builds and tests.
 */
export function loadSite(): Promise<Site> {
  loading ??= buildSite(contentFolder());
  return loading;
}

/** The pages of one item type, for Astro's getStaticPaths: one per item, in file order. */
export function pageParams(site: Site, type: ItemType): Array<{ params: { id: string } }> {
  return site.graph.all(type).map((node) => ({ params: { id: node.id } }));
}
