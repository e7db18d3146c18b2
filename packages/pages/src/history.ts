// The content's history as the site shows it: the commits that changed content, newest first,
// each with its semantic diff against its parent. Computed once per build from git's objects
// (never by checking anything out), and honest about what it could not see: no git, a shallow
// clone, a list cut at its limit, files a revision could not read.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type Content,
  type ContentCommit,
  type County,
  contentHistory,
  diffContents,
  foldersUnchanged,
  folderTrees,
  GitError,
  type Graph,
  type ItemType,
  isShallow,
  loadFiles,
  loadRevision,
  type ParseOutcome,
  publishedContent,
  repositoryOf,
  type SemanticDiff,
  shallowBoundaries,
} from "@styrdok/core";

/** The registries beside the documents: of actors, of sources, and the frameworks. */
export type Registry = "actors" | "sources" | "frameworks";

/** A document a change touched, as it stood after the change (before it, where the change removed it). */
export interface ChangedDocument {
  id: string;
  title: string;
  counties: County[];
  /** Its files that could not be read at one side of the change, so their items could not be compared. */
  unreadable: number;
}

export interface Change {
  commit: string;
  /** The commit it is compared with: its first parent; none for the first commit of the history, compared with nothing. */
  parent?: string;
  /** The commit's short form, as its page's address has it. */
  short: string;
  /** Author date, ISO 8601 with its offset. */
  date: string;
  author: string;
  subject: string;
  /** The message after the subject line. */
  body: string;
  diff: SemanticDiff;
  /** The documents whose items changed, or whose files could not be read at one side, in the diff's order. */
  documents: ChangedDocument[];
  /** The registries whose items changed. */
  registries: Registry[];
}

/** Why there is no history: git is not installed, or the content is not in a git repository. */
export type NoHistory = "git-missing" | "not-a-repository";

export interface History {
  /** Complete; partial because the clone is shallow; or not available at all. */
  availability: "complete" | "shallow" | "none";
  reason?: NoHistory;
  /** For a shallow clone: the date (ISO) before which changes are missing. */
  since?: string;
  /** Newest first. */
  changes: Change[];
  /** The most changes the history holds (STYRDOK_HISTORY_LIMIT), and whether older ones were left out. */
  limit: number;
  truncated: boolean;
}

/** How many changes a build reads by default: each costs a load of the content at that commit. */
export const DEFAULT_HISTORY_LIMIT = 200;

/** The fixed length of a commit's short form: stable across builds, unlike git's shortest unique prefix. */
export const SHORT_COMMIT_LENGTH = 10;

/** The limit STYRDOK_HISTORY_LIMIT sets (a whole number, 0 for none), or the default. */
export function historyLimit(value = process.env.STYRDOK_HISTORY_LIMIT): number {
  if (value === undefined || value.trim() === "") return DEFAULT_HISTORY_LIMIT;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0) throw new Error(`STYRDOK_HISTORY_LIMIT ska vara ett heltal från 0 och uppåt, inte ${JSON.stringify(value)}.`);
  return limit;
}

export interface HistoryOptions {
  /** The folder paths in the content are relative to (as loadContent was given it). */
  cwd: string;
  /** The day validity is judged by, as the site's content was loaded with. */
  today: string;
  limit?: number;
  /**
   * A folder where each change's comparison is kept between builds, so that a build reads only the
   * revisions of changes it has not seen. None: everything is computed.
   */
  cache?: string;
}

/** What a build keeps of a change between builds: everything its two revisions decide. */
interface Cached {
  diff: SemanticDiff;
  documents: ChangedDocument[];
  registries: Registry[];
}

/**
 * The history of a content folder, as the site publishes it (core's publishedContent: without
 * imported drafts and unconfirmed proposals). `current` is the published content the site was
 * built from: where the folder is exactly as the checked-out commit has it, it stands for that
 * commit, so the newest revision is not read twice.
 */
export async function loadHistory(root: string, current: Content, options: HistoryOptions): Promise<History> {
  const limit = options.limit ?? historyLimit();
  const none = (reason: NoHistory): History => ({ availability: "none", reason, changes: [], limit, truncated: false });
  let repository: string | undefined;
  try {
    repository = await repositoryOf(root);
  } catch (error) {
    if (error instanceof GitError && error.problem === "git-missing") return none("git-missing");
    throw error;
  }
  if (!repository) return none("not-a-repository");
  const shallow = await isShallow(repository);
  const boundaries = shallow ? await shallowBoundaries(repository) : [];
  const cut = new Set(boundaries.map((boundary) => boundary.commit));
  // One more than the limit says whether there are older ones.
  // A folder git names by another path (through a symbolic link) cannot be matched with its revisions.
  if (relative(repository, resolve(root)).startsWith("..")) return none("not-a-repository");
  const listed = await contentHistory(repository, [root], { limit: limit + 1 });
  const truncated = listed.length > limit;
  // Where a shallow clone cut the history, git shows the first commit it has as adding everything; what it changed is unknown.
  const commits = listed.slice(0, limit).filter((commit) => commit.parent !== undefined || !cut.has(commit.commit));
  const base: Omit<History, "changes"> = {
    availability: shallow ? "shallow" : "complete",
    ...(shallow && boundaries.length > 0
      ? {
          since: boundaries
            .map((boundary) => boundary.date)
            .sort(byInstant)
            .at(-1)!,
        }
      : {}),
    limit,
    truncated,
  };
  if (commits.length === 0) return { ...base, changes: [] };

  const roots = [resolve(root)];
  const sides = commits.flatMap((commit) => (commit.parent ? [commit.commit, commit.parent] : [commit.commit]));
  const trees = await folderTrees(repository, sides, roots);
  // The same files give the same content: each distinct tree is loaded once, and forgotten once no later change needs it.
  const keyOf = (commit: string | undefined) => (commit ? trees.get(commit)! : "");
  const uses = new Map<string, number>();
  for (const commit of commits) for (const key of [keyOf(commit.commit), keyOf(commit.parent)]) uses.set(key, (uses.get(key) ?? 0) + 1);
  const loaded = new Map<string, Promise<Content>>();
  const parseCache = new Map<string, ParseOutcome>();
  // Each revision's model places its items; keeping the YAML documents saves parsing them twice.
  const loadOptions = { cwd: options.cwd, today: options.today, parseCache, keepTrees: true };
  // The newest content commit holds the files the checked-out commit holds; so does the folder on disk, unless it was edited.
  if (commits[0] === listed[0] && (await foldersUnchanged(repository, roots))) loaded.set(keyOf(commits[0]!.commit), Promise.resolve(current));
  const contentAt = (commit: string | undefined): Promise<Content> => {
    const key = keyOf(commit);
    let content = loaded.get(key);
    if (!content) {
      // Before the first commit there is nothing; a folder a commit lacks is empty, as loadRevision reads it.
      // Each revision as the site would have published it: a draft appears when it is made public, a proposal when it is confirmed.
      content = (commit && key !== "" ? loadRevision(repository, commit, roots, loadOptions) : loadFiles([], { ...loadOptions, roots })).then(publishedContent);
      loaded.set(key, content);
    }
    return content;
  };
  const release = (commit: string | undefined) => {
    const key = keyOf(commit);
    const left = uses.get(key)! - 1;
    uses.set(key, left);
    if (left === 0) loaded.delete(key);
  };

  const place = { repository, roots, cwd: options.cwd };
  const changes: Change[] = [];
  for (const commit of commits) {
    const file = options.cache ? join(options.cache, `${cacheKey(commit, place)}.json`) : undefined;
    let known = file ? await readCached(file) : undefined;
    if (!known) {
      const after = await contentAt(commit.commit);
      const before = await contentAt(commit.parent);
      const diff = diffContents(
        { name: shortCommit(commit.parent ?? ""), ...(commit.parent ? { commit: commit.parent } : {}), content: before },
        { name: shortCommit(commit.commit), commit: commit.commit, content: after },
      );
      known = { diff, ...touched(diff, before, after, options.cwd) };
      if (file) await writeCached(file, known);
    }
    changes.push({
      commit: commit.commit,
      ...(commit.parent ? { parent: commit.parent } : {}),
      short: shortCommit(commit.commit),
      date: commit.date,
      author: commit.author,
      subject: commit.subject,
      body: commit.body,
      ...known,
    });
    release(commit.commit);
    release(commit.parent);
  }
  return { ...base, changes };
}

/**
 * Where a build keeps work for the next build: git-ignored, beside the dependencies, unless
 * STYRDOK_BUILD_CACHE names another folder (an empty one makes a build compute everything afresh).
 */
export const BUILD_CACHE = process.env.STYRDOK_BUILD_CACHE ? resolve(process.env.STYRDOK_BUILD_CACHE) : fileURLToPath(new URL("../../../node_modules/.cache/", import.meta.url));

/** Where the build keeps what it computed of each change between builds. */
export const DEFAULT_HISTORY_CACHE = join(BUILD_CACHE, "styrdok-history");

let fingerprint: string | undefined;

/**
 * What a change's comparison depends on besides its two commits: the code that reads, checks and
 * compares content, the schemas, and the locked dependencies. Any change to them is a new key, so a
 * kept comparison is never one that today's code would not make.
 */
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const hash = createHash("sha256");
  const add = (file: string) => hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  const core = join(root, "packages/core/src");
  for (const file of readdirSync(core, { recursive: true, encoding: "utf8" }).sort()) if (file.endsWith(".ts")) add(join(core, file));
  const schemas = join(root, "schemas");
  for (const file of readdirSync(schemas).sort()) if (file.endsWith(".json")) add(join(schemas, file));
  for (const file of [fileURLToPath(import.meta.url), join(root, "pnpm-lock.yaml")]) add(file);
  fingerprint = hash.digest("hex");
  return fingerprint;
}

/** A change's key: its two commits (which never change), where the content is, and the code's fingerprint. */
function cacheKey(commit: ContentCommit, place: { repository: string; roots: string[]; cwd: string }): string {
  const where = [relative(place.repository, place.cwd), ...place.roots.map((root) => relative(place.repository, root))];
  return createHash("sha256")
    .update(JSON.stringify([codeFingerprint(), commit.parent ?? "", commit.commit, where]))
    .digest("hex");
}

async function readCached(file: string): Promise<Cached | undefined> {
  try {
    const cached = JSON.parse(await readFile(file, "utf8")) as Cached;
    // A file cut short or from elsewhere is computed again, never trusted.
    return cached?.diff?.format === "styrdok-diff" && Array.isArray(cached.documents) && Array.isArray(cached.registries) ? cached : undefined;
  } catch {
    return undefined;
  }
}

async function writeCached(file: string, cached: Cached): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    // Written whole, then renamed: a build stopped half-way leaves no half a file.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, JSON.stringify(cached));
    await rename(partial, file);
  } catch {
    // A cache that cannot be written only makes the next build slower.
  }
}

export function shortCommit(commit: string): string {
  return commit.slice(0, SHORT_COMMIT_LENGTH);
}

function byInstant(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b);
}

const registryOfType: Partial<Record<ItemType, Registry>> = { actor: "actors", source: "sources", framework: "frameworks", "framework-goal": "frameworks" };

/** The documents and registries a change touched. */
function touched(diff: SemanticDiff, before: Content, after: Content, cwd: string): Pick<Cached, "documents" | "registries"> {
  const documents = new Map<string, ChangedDocument>();
  const registries = new Set<Registry>();
  const describe = (id: string): ChangedDocument => {
    const graph = after.graph.getOf("document", id) ? after.graph : before.graph;
    return { id, title: graph.getOf("document", id)?.item.title ?? id, counties: [...graph.countiesOf(id)], unreadable: 0 };
  };
  for (const change of diff.changes) {
    if (change.document) {
      if (!documents.has(change.document)) documents.set(change.document, describe(change.document));
    } else {
      const registry = registryOfType[change.type];
      if (registry) registries.add(registry);
    }
  }
  // A file that could not be read is a change to its document too: readers of that document should know.
  const folders = new Map([...documentFolders(before.graph, cwd), ...documentFolders(after.graph, cwd)]);
  for (const { file } of diff.unreadable) {
    const document = folders.get(dirname(resolve(cwd, file)));
    if (!document) continue;
    if (!documents.has(document)) documents.set(document, describe(document));
    documents.get(document)!.unreadable++;
  }
  return { documents: [...documents.values()], registries: [...registries] };
}

/** Each document's folder (absolute): a document is its folder, so a file there belongs to it. */
function documentFolders(graph: Graph, cwd: string): Map<string, string> {
  return new Map(graph.all("document").map((document) => [dirname(resolve(cwd, document.item.origin.file)), document.id]));
}
