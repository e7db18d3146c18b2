// The site's one read of the content: validated once per build and shared by every page.
import { execFileSync } from "node:child_process";
import { dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildGraph, type Corpus, type Graph, type StyrdokExport, toExport, validateContent } from "@styrdok/core";

export interface Site {
  corpus: Corpus;
  graph: Graph;
  /** The public export, as the data page offers it for download. */
  data: StyrdokExport;
  /** The day the site was built (YYYY-MM-DD): what "in force" is judged by. */
  today: string;
  /** The latest changes to the content, newest first, from git; empty where there is no history. */
  changes: Array<{ date: string; subject: string }>;
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
    const first = result.files.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => `${file.path}:${message.line}:${message.column} ${message.reason}`));
    throw new Error(`The content has ${result.errors} errors; run styrdok validate. First: ${first[0]}`);
  }
  const data = toExport(result.corpus, { path: (file) => relative(result.base, resolve(cwd, file)) });
  return { corpus: result.corpus, graph: buildGraph(result.corpus), data, today, changes: recentChanges(resolve(cwd, folder)) };
}

function recentChanges(folder: string): Site["changes"] {
  try {
    const log = execFileSync("git", ["log", "-n", "8", "--date=short", "--format=%ad%x09%s", "--", "."], { cwd: folder, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    return log
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [date, ...subject] = line.split("\t");
        return { date: date!, subject: subject.join("\t") };
      });
  } catch {
    return [];
  }
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
