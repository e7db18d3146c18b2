// Content at a git revision, read from git's objects: never by checking a revision out over the
// working tree, where an editor's unsaved work lives. A revision's files go through the same
// pipeline as files on disk (loadFiles), so they get the same findings.
import { execFile, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { promisify } from "node:util";
import { VFile } from "vfile";
import { contentFileOf, isWithin } from "./files.ts";
import { type Content, type LoadOptions, loadFiles } from "./load.ts";
import type { ParseOutcome } from "./markdown.ts";
import { report } from "./messages.ts";

const run = promisify(execFile);

/** Why git could not give what was asked; the CLI puts each into words. */
export type GitProblem = "git-missing" | "not-a-repository" | "unknown-revision" | "outside-repository";

export class GitError extends Error {
  readonly problem: GitProblem;
  /** The revision or path concerned. */
  readonly subject: string;
  constructor(problem: GitProblem, subject: string, detail = "") {
    super(`${problem}: ${subject}${detail ? ` (${detail})` : ""}`);
    this.name = "GitError";
    this.problem = problem;
    this.subject = subject;
  }
}

/** Large enough for `git log` of a long history, and far below what a process can hold. */
const MAX_OUTPUT = 256 * 1024 * 1024;

async function git(repository: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", ["-c", "core.quotepath=off", ...args], { cwd: repository, encoding: "utf8", maxBuffer: MAX_OUTPUT });
    return stdout;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") throw new GitError("git-missing", "git");
    throw error;
  }
}

/** The top folder of the repository that holds `folder`, or undefined outside any repository (or without git). */
export async function repositoryOf(folder: string): Promise<string | undefined> {
  try {
    return (await git(folder, ["rev-parse", "--show-toplevel"])).trim() || undefined;
  } catch (error) {
    if (error instanceof GitError) throw error;
    return undefined;
  }
}

/** The commit a revision name (branch, tag, HEAD~2, abbreviated hash) stands for. */
export async function resolveRevision(repository: string, name: string): Promise<string> {
  // A name that looks like an option would be read as one by git.
  if (name.startsWith("-") || name.length === 0) throw new GitError("unknown-revision", name);
  try {
    return (await git(repository, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${name}^{commit}`])).trim();
  } catch (error) {
    if (error instanceof GitError) throw error;
    throw new GitError("unknown-revision", name);
  }
}

/** The newest common ancestor of two commits, or undefined when they have none (or history is shallow). */
export async function mergeBase(repository: string, a: string, b: string): Promise<string | undefined> {
  try {
    return (await git(repository, ["merge-base", a, b])).trim() || undefined;
  } catch (error) {
    if (error instanceof GitError) throw error;
    return undefined;
  }
}

/** Whether the repository's history is cut off (a shallow clone): older commits are missing. */
export async function isShallow(repository: string): Promise<boolean> {
  return (await git(repository, ["rev-parse", "--is-shallow-repository"])).trim() === "true";
}

/** A commit that changed content, as history lists it. */
export interface ContentCommit {
  commit: string;
  /** The first parent; absent for a root commit (or where a shallow clone cut the history). */
  parent?: string;
  /** Author date, as ISO 8601 with its offset. */
  date: string;
  author: string;
  subject: string;
  /** The message after the subject line, trimmed. */
  body: string;
  /** Files changed under the content folders (relative to the repository). */
  files: string[];
}

/**
 * The commits that changed files under the given folders, newest first, at most `limit`.
 * Merges are followed along their first parent, so each change is listed once, as it reached
 * the branch.
 */
export async function contentHistory(repository: string, folders: string[], options: { limit?: number; revision?: string } = {}): Promise<ContentCommit[]> {
  const paths = folders.map((folder) => relative(repository, resolve(repository, folder)) || ".");
  const args = ["log", "--first-parent", "-z", "--format=%x1e%H%x1f%P%x1f%aI%x1f%an%x1f%s%x1f%b%x1f", "--name-only", "--no-renames"];
  if (options.limit !== undefined) args.push(`-n${options.limit}`);
  args.push(options.revision ?? "HEAD", "--", ...paths);
  let log: string;
  try {
    log = await git(repository, args);
  } catch (error) {
    if (error instanceof GitError) throw error;
    // A repository without commits has no history.
    return [];
  }
  return log
    .split("\x1e")
    .filter((record) => record.includes("\x1f"))
    .map((record) => {
      const [commit, parents, date, author, subject, body, files] = record.split("\x1f");
      const parent = parents?.split(" ").filter(Boolean)[0];
      return {
        commit: commit!,
        // In a shallow clone the oldest commit has no parent here: git grafts the history away.
        ...(parent ? { parent } : {}),
        date: date!,
        author: author!,
        subject: subject!,
        body: body!.trim(),
        files: (files ?? "")
          .split("\0")
          .map((file) => file.trim())
          .filter(Boolean),
      };
    });
}

/** What `loadRevision` needs besides the usual load options. */
export interface RevisionLoadOptions extends LoadOptions {
  /** Markdown trees by text, shared with the load of another revision (see loadFiles). */
  parseCache?: Map<string, ParseOutcome>;
}

/**
 * The content of the given content folders (absolute paths in the working tree) as it stood
 * at a commit, read from git's objects and loaded as loadContent loads a folder. File paths
 * are those the files would have in the working tree, so both sides of a comparison agree.
 * A folder that did not exist at the commit is empty there.
 */
export async function loadRevision(repository: string, commit: string, roots: string[], options: RevisionLoadOptions = {}): Promise<Content> {
  const cwd = options.cwd ?? process.cwd();
  const files: VFile[] = [];
  for (const root of roots) {
    const inRepository = relative(repository, root);
    if (inRepository.startsWith("..") || resolve(repository, inRepository) !== resolve(root)) throw new GitError("outside-repository", root);
    const listing = await git(repository, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", inRepository || "."]);
    const entries = listing
      .split("\0")
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf("\t");
        const [mode, kind, object] = line.slice(0, tab).split(" ");
        return { mode: mode!, kind: kind!, object: object!, path: line.slice(tab + 1) };
      })
      // Hidden files and folders are not content, as on disk.
      .filter(
        (entry) =>
          !relative(inRepository, entry.path)
            .split("/")
            .some((part) => part.startsWith(".")),
      )
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    // A link's blob is the path it leads to.
    const blobs = entries.filter((entry) => entry.kind === "blob");
    const contents = await readBlobs(
      repository,
      blobs.map((entry) => entry.object),
    );
    const paths = entries.map((entry) => resolve(repository, entry.path.split("/").join(sep)));
    for (const [index, entry] of entries.entries()) {
      const path = paths[index]!;
      const unreadable = () => {
        const file = new VFile({ path: relative(cwd, path), cwd, value: "" });
        file.data.source = { readable: false };
        files.push(file);
        return file;
      };
      if (entry.mode === "120000") {
        // As on disk, a link inside the content is read once, where it leads (under that file's own path); one that leads out of it or to nothing is not followed.
        const target = resolve(dirname(path), new TextDecoder().decode(contents.get(entry.object)));
        if (!isWithin(resolve(root), target)) report(unreadable(), "symlink-outside-root", undefined, { target });
        else if (!paths.some((other) => other !== path && isWithin(target, other))) report(unreadable(), "symlink-broken", undefined, {});
        continue;
      }
      if (entry.kind !== "blob") {
        // A submodule's files are not in this repository's objects.
        report(unreadable(), "file-unreadable", undefined, { reason: entry.kind });
        continue;
      }
      files.push(contentFileOf(path, contents.get(entry.object)!, { cwd }));
    }
  }
  // A revision's files are not the working tree's: the content cache holds the working tree only.
  return loadFiles(files, { ...options, cwd, roots, cache: false });
}

/** The bytes of git objects, by id: one `git cat-file --batch` for all of them. */
function readBlobs(repository: string, objects: string[]): Promise<Map<string, Uint8Array>> {
  const wanted = [...new Set(objects)];
  const result = new Map<string, Uint8Array>();
  if (wanted.length === 0) return Promise.resolve(result);
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd: repository, stdio: ["pipe", "pipe", "pipe"] });
    const chunks: Buffer[] = [];
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on("error", (error) => reject((error as NodeJS.ErrnoException).code === "ENOENT" ? new GitError("git-missing", "git") : error));
    child.on("close", (code) => {
      if (code !== 0) {
        reject(new Error(`git cat-file failed: ${stderr.trim()}`));
        return;
      }
      const output = Buffer.concat(chunks);
      let offset = 0;
      while (offset < output.length) {
        const newline = output.indexOf(0x0a, offset);
        const [object, , size] = output.subarray(offset, newline).toString().split(" ");
        const length = Number(size);
        result.set(object!, new Uint8Array(output.subarray(newline + 1, newline + 1 + length)));
        offset = newline + 1 + length + 1;
      }
      resolvePromise(result);
    });
    child.stdin.end(`${wanted.join("\n")}\n`);
  });
}

/**
 * Where a shallow clone's history is cut off: the commits whose parents it lacks, with their
 * author dates. Empty for a complete history.
 */
export async function shallowBoundaries(repository: string): Promise<Array<{ commit: string; date: string }>> {
  const file = resolve(repository, (await git(repository, ["rev-parse", "--git-path", "shallow"])).trim());
  let commits: string[];
  try {
    commits = (await readFile(file, "utf8")).split("\n").filter((line) => /^[0-9a-f]{40,64}$/.test(line));
  } catch {
    return [];
  }
  if (commits.length === 0) return [];
  const log = await git(repository, ["log", "--no-walk=unsorted", "--format=%H%x1f%aI", ...commits]);
  return log
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [commit, date] = line.split("\x1f");
      return { commit: commit!, date: date! };
    });
}

/**
 * The tree of each given folder at each commit, as one key per commit: equal keys, equal files,
 * so content read at one commit serves every commit with the same key. A folder the commit does
 * not have counts as empty.
 */
export async function folderTrees(repository: string, commits: string[], folders: string[]): Promise<Map<string, string>> {
  const paths = folders.map((folder) => relative(repository, resolve(repository, folder)).split(sep).join("/"));
  const names = commits.flatMap((commit) => paths.map((path) => (path ? `${commit}:${path}` : `${commit}^{tree}`)));
  const lines = names.length === 0 ? [] : (await batch(repository, ["cat-file", "--batch-check=%(objectname) %(objecttype)"], `${names.join("\n")}\n`)).split("\n");
  const result = new Map<string, string>();
  commits.forEach((commit, index) => {
    const trees = paths.map((_, offset) => {
      const [object, kind] = (lines[index * paths.length + offset] ?? "").split(" ");
      return kind === "tree" ? object! : "";
    });
    result.set(commit, trees.join(" "));
  });
  return result;
}

/** Whether the files under the folders are exactly as the checked-out commit has them: nothing changed, added, staged or ignored. */
export async function foldersUnchanged(repository: string, folders: string[]): Promise<boolean> {
  const paths = folders.map((folder) => relative(repository, resolve(repository, folder)) || ".");
  const status = await git(repository, ["status", "--porcelain", "-z", "--untracked-files=all", "--ignored", "--", ...paths]);
  return status.length === 0;
}

/** Runs git with text on its standard input, for the batch commands. */
function batch(repository: string, args: string[], input: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn("git", args, { cwd: repository, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", (error) => reject((error as NodeJS.ErrnoException).code === "ENOENT" ? new GitError("git-missing", "git") : error));
    child.on("close", (code) => (code === 0 ? resolvePromise(stdout) : reject(new Error(`git ${args[0]} failed: ${stderr.trim()}`))));
    child.stdin.end(input);
  });
}
