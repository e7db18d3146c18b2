// The site's one read of the content: validated once per build and shared by every page.
import { execFileSync } from "node:child_process";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraph, type Corpus, type Graph, renderFinding, type StyrdokExport, toExport, validateContent } from "@styrdok/core";

export interface Site {
  corpus: Corpus;
  graph: Graph;
  /** The public export, as the data page offers it for download. */
  data: StyrdokExport;
  /** The day the site was built (YYYY-MM-DD): what "in force" is judged by. */
  today: string;
  /**
   * The latest changes to the content, newest first, from git: per day, the files changed (relative
   * to the content folder, like the export's `file`). Empty where there is no history.
   */
  changes: Array<{ date: string; files: string[] }>;
}

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");

/** The content folder: STYRDOK_CONTENT, or the repository's content/. */
function contentFolder(): string {
  return resolve(repositoryRoot, process.env.STYRDOK_CONTENT ?? "content");
}

/**
 * Validates a content folder and builds what the pages read. Content with errors is refused: a
 * site is never published from content that `styrdok validate` rejects.
 */
export async function buildSite(folder: string, options: { cwd?: string; today?: string } = {}): Promise<Site> {
  const cwd = options.cwd ?? repositoryRoot;
  const today = options.today ?? process.env.STYRDOK_TODAY ?? new Date().toISOString().slice(0, 10);
  const result = await validateContent([folder], { cwd, today });
  if (result.errors > 0) {
    const first = result.files.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => `${file.path}:${message.line}:${message.column} ${renderFinding(message, "sv")}`));
    // Editors read this when a build stops, so it is in Swedish like the validator's findings.
    throw new Error(`Innehållet har ${result.errors} fel, så webbplatsen byggs inte. Kör npm run styrdok -- validate för att se alla. Det första: ${first[0]}`);
  }
  const data = toExport(result.corpus, { path: (file) => relative(result.base, resolve(cwd, file)) });
  return { corpus: result.corpus, graph: buildGraph(result.corpus), data, today, changes: recentChanges(resolve(cwd, folder)) };
}

function recentChanges(folder: string): Site["changes"] {
  let log: string;
  try {
    log = execFileSync("git", ["-c", "core.quotepath=off", "log", "-n", "30", "--date=short", "--format=%x1e%ad", "--name-only", "--relative", "--", "."], { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return [];
  }
  const byDate = new Map<string, Set<string>>();
  for (const commit of log.split("\x1e").filter((chunk) => chunk.trim())) {
    const [date, ...files] = commit.split("\n").map((line) => line.trim()).filter(Boolean);
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
