// git.ts's questions about a repository's history, on temporary repositories with real commits:
// which commits share their content folder, whether the folder is as committed, and where a
// shallow clone's history is cut off.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldersUnchanged, folderTrees, shallowBoundaries } from "../src/index.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-git-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let repository: string;
const commits: string[] = [];
const git = (cwd: string, ...args: string[]) =>
  execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_DATE: "2024-01-02T12:00:00+01:00", GIT_COMMITTER_DATE: "2024-01-02T12:00:00+01:00" },
  }).trim();

beforeAll(() => {
  repository = join(scratch, "repo");
  mkdirSync(join(repository, "content"), { recursive: true });
  git(repository, "init", "-q");
  const commit = (message: string) => {
    git(repository, "add", "-A");
    git(repository, "commit", "-q", "-m", message);
    commits.push(git(repository, "rev-parse", "HEAD"));
  };
  writeFileSync(join(repository, "README.md"), "Före innehållet.\n");
  commit("no content yet");
  writeFileSync(join(repository, "content/a.md"), "a\n");
  commit("content");
  writeFileSync(join(repository, "README.md"), "Utanför innehållet.\n");
  commit("outside content");
  writeFileSync(join(repository, "content/a.md"), "b\n");
  commit("content changed");
  writeFileSync(join(repository, ".gitignore"), "*.tmp\n");
  commit("ignore");
});

describe("folderTrees", () => {
  it("gives commits with the same content folder the same key, and a commit without the folder an empty one", async () => {
    const trees = await folderTrees(repository, commits, [join(repository, "content")]);
    const [none, first, outside, changed] = commits.map((commit) => trees.get(commit));
    expect(none).toBe("");
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(outside).toBe(first);
    expect(changed).not.toBe(first);
  });
});

describe("foldersUnchanged", () => {
  it("is true only while the folder is exactly as committed: no edit, no new file, no ignored file", async () => {
    const content = join(repository, "content");
    expect(await foldersUnchanged(repository, [content])).toBe(true);
    writeFileSync(join(content, "a.md"), "edited\n");
    expect(await foldersUnchanged(repository, [content])).toBe(false);
    git(repository, "checkout", "-q", "--", "content/a.md");
    writeFileSync(join(content, "new.md"), "new\n");
    expect(await foldersUnchanged(repository, [content])).toBe(false);
    rmSync(join(content, "new.md"));
    writeFileSync(join(content, "x.tmp"), "ignored\n");
    expect(await foldersUnchanged(repository, [content])).toBe(false);
    rmSync(join(content, "x.tmp"));
    // A change outside the folder is not the folder's.
    writeFileSync(join(repository, "README.md"), "edited\n");
    expect(await foldersUnchanged(repository, [content])).toBe(true);
    git(repository, "checkout", "-q", "--", "README.md");
  });
});

describe("shallowBoundaries", () => {
  it("is empty for a whole history, and names the commit where a shallow clone is cut, with its date", async () => {
    expect(await shallowBoundaries(repository)).toEqual([]);
    const clone = join(scratch, "clone");
    execFileSync("git", ["clone", "-q", "--depth", "2", `file://${repository}`, clone], { stdio: "pipe" });
    expect(await shallowBoundaries(clone)).toEqual([{ commit: commits.at(-2), date: "2024-01-02T12:00:00+01:00" }]);
  });
});
