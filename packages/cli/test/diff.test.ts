// `styrdok diff` as reviewers and editors run it: the real CLI as a process, in a temporary git
// repository with real commits.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { schemaValidators } from "@styrdok/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli } from "./run-cli.ts";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const fixture = resolve(repositoryRoot, "test/fixtures/graph");
const chapter = "content/documents/dalarna-plan/01-mal.md";

let repo: string;

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_DATE: "2026-12-01T10:00:00Z", GIT_COMMITTER_DATE: "2026-12-01T10:00:00Z" } });
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(repo, path);
  writeFileSync(file, change(readFileSync(file, "utf8")));
}

function commit(message: string): string {
  git("add", "-A");
  git("commit", "-q", "-m", message);
  return git("rev-parse", "HEAD").trim();
}

function diff(args: string[], env: Record<string, string> = {}) {
  return runCli(["diff", ...args], { cwd: repo, env });
}

function json(args: string[]) {
  const run = diff(["--format", "json", ...args]);
  expect(run.stderr).toBe("");
  return JSON.parse(run.stdout);
}

let first: string;
let reworded: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), "styrdok-diff-"));
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Redaktör");
  git("config", "user.email", "redaktor@example.org");
  git("config", "core.autocrlf", "false");
  cpSync(fixture, join(repo, "content"), { recursive: true });
  first = commit("Dalarnas plan");
  git("checkout", "-q", "-b", "arbete");
  // A measure reworded, in its item and in the body where it stands.
  edit(chapter, (text) => text.replaceAll("Parterna utbildar personal i att fråga om våld.", "Parterna utbildar all vårdpersonal i att fråga om våld."));
  reworded = commit("Åtgärden omformulerad");
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("styrdok diff", () => {
  it("compares the merge base with main against the working tree by default, word by word", () => {
    const result = json([]);
    expect(result.before).toEqual({ name: "main", commit: first, errors: 0 });
    expect(result.after).toEqual({ name: "", errors: 0 });
    const change = result.changes.find((entry: { id: string }) => entry.id === "dalarna-plan-atgard-1");
    expect(change.kind).toBe("modified");
    const text = change.fields.find((field: { field: string }) => field.field === "text");
    expect(text.words.filter((part: { op: string }) => part.op !== "equal")).toEqual([
      { op: "delete", text: "personal" },
      { op: "insert", text: "all vårdpersonal" },
    ]);
  });

  it("compares one revision against the working tree, and two revisions with each other", () => {
    expect(json([first]).summary.byKind.modified).toBeGreaterThan(0);
    expect(json([first, reworded]).after).toEqual({ name: reworded, commit: reworded, errors: 0 });
    expect(json([reworded, reworded]).changes).toEqual([]);
    expect(json(["HEAD"]).changes).toEqual([]);
  });

  it("takes git's ranges: A..B compares A with B, A...B where B left A with B", () => {
    expect(json([`${first}..${reworded}`])).toMatchObject({ before: { commit: first }, after: { commit: reworded } });
    const fromBase = json(["main...HEAD"]);
    expect(fromBase).toMatchObject({ before: { name: "main…HEAD", commit: first }, after: { name: "HEAD", commit: reworded } });
    expect(fromBase.changes.map((entry: { id: string }) => entry.id)).toContain("dalarna-plan-atgard-1");
    expect(json(["HEAD.."]).changes).toEqual([]);
  });

  it("writes JSON that its schema describes", () => {
    // core's ajv holds every schema of schemas/, the diff's own included.
    const validate = schemaValidators().ajv.getSchema("diff.schema.json")!;
    const result = json([first]);
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true);
  });

  it("tells paths from revisions, and takes everything after -- as paths", () => {
    const scoped = json([first, "content/actors.md"]);
    expect(scoped.changes).toEqual([]);
    const chapterOnly = json([first, "--", chapter]);
    expect(chapterOnly.changes.map((entry: { id: string }) => entry.id)).toContain("dalarna-plan-atgard-1");
    // A path that is at neither side is a mistake, not a part of the content without changes.
    const typo = diff([first, "--", "content/documents/dalarna-paln"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe("styrdok: content/documents/dalarna-paln finns varken i arbetskopian eller vid de revisioner som jämförs. Se styrdok help.\n");
  });

  it("reads revisions from git's objects and leaves the working tree as it was", () => {
    edit(chapter, (text) => `${text}\nEtt osparat tillägg.\n`);
    try {
      diff([first, reworded]);
      expect(readFileSync(join(repo, chapter), "utf8")).toContain("Ett osparat tillägg.");
      expect(git("status", "--porcelain")).toContain("01-mal.md");
    } finally {
      git("checkout", "--", chapter);
    }
  });

  it("reports in Swedish by default and in English with --lang en, with the changed words marked", () => {
    const swedish = diff([]);
    expect(swedish.status).toBe(0);
    expect(swedish.stdout).toContain(`Semantisk jämförelse av innehållet: main (${first.slice(0, 7)}) → arbetskopian`);
    expect(swedish.stdout).toContain("[-personal-]{+all vårdpersonal+}");
    expect(swedish.stdout).toContain("ändrad  åtgärd dalarna-plan-atgard-1");
    const english = diff(["--lang", "en"]);
    expect(english.stdout).toContain(`Semantic comparison of the content: main (${first.slice(0, 7)}) → the working tree`);
    expect(english.stdout).toContain("modified  measure dalarna-plan-atgard-1");
  });

  it("writes Markdown for a pull-request comment: the summary first, then each item with <del> and <ins>", () => {
    const markdown = diff([first, "--format", "markdown"]).stdout;
    expect(markdown.indexOf("**2 ändrade poster**")).toBeLessThan(markdown.indexOf("#### Ändringar"));
    expect(markdown).toContain("<del>personal</del><ins>all vårdpersonal</ins>");
    expect(markdown).toContain("`dalarna-plan-atgard-1`");
  });

  it("refuses a revision that does not exist, a path outside the repository, and a folder without git, in words", () => {
    const unknown = diff(["finns-inte"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('styrdok: "finns-inte" är varken en revision i git eller en sökväg som finns. Se styrdok help.\n');
    const outside = diff([first, "--", tmpdir()]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain("ligger utanför git-arkivet");
    const bare = mkdtempSync(join(tmpdir(), "styrdok-no-git-"));
    try {
      cpSync(fixture, join(bare, "content"), { recursive: true });
      const run = runCli(["diff"], { cwd: bare, env: { GIT_CEILING_DIRECTORIES: tmpdir() } });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("ligger inte i ett git-arkiv");
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe("styrdok diff of symbolic links committed in the content", () => {
  it("reads a link as validate reads it on disk: inside the content it is the file it leads to, out of it a finding", () => {
    git("checkout", "-q", "-b", "lankar", first);
    symlinkSync("../actors.md", join(repo, "content/documents/lankade-aktorer.md"));
    const inside = commit("En länk inom innehållet");
    expect(runCli(["validate"], { cwd: repo }).status).toBe(0);
    const run = diff([first, inside]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    symlinkSync("/etc/hostname", join(repo, "content/documents/utanfor.md"));
    const outside = commit("En länk ut ur innehållet");
    const out = diff([first, outside]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("content/documents/utanfor.md:1:1  fel  symlink-outside-root");
  });
});

describe("styrdok diff in a shallow clone", () => {
  it("says that the history is cut off, rather than that main is missing", () => {
    const clone = mkdtempSync(join(tmpdir(), "styrdok-shallow-"));
    try {
      execFileSync("git", ["clone", "-q", "--depth", "1", "--no-single-branch", "--branch", "arbete", `file://${repo}`, clone]);
      const run = runCli(["diff"], { cwd: clone });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("git fetch --unshallow");
      expect(run.stderr).not.toContain("det finns ingen gren main");
      // Named revisions that are there still work.
      expect(runCli(["diff", "origin/main", "HEAD"], { cwd: clone }).status).toBe(0);
    } finally {
      rmSync(clone, { recursive: true, force: true });
    }
  });
});

describe("styrdok diff across commits that change no meaning", () => {
  let before: string;
  let after: string;

  beforeAll(() => {
    git("checkout", "-q", "-b", "form", first);
    before = first;
    // Line endings, key order and a renamed file: the same content.
    edit(chapter, (text) => text.replace(/\n/g, "\r\n"));
    edit("content/documents/dalarna-plan/index.md", (text) =>
      text.replace('kind: action-plan\ntitle: Dalarnas plan, med "citat", komma och radbrytning\n', 'title: Dalarnas plan, med "citat", komma och radbrytning\nkind: action-plan\n'),
    );
    git("mv", "content/frameworks/nationell.md", "content/frameworks/nationell-strategi.md");
    after = commit("Radslut, nyckelordning och ett nytt filnamn");
  });

  it("reports no semantic change, and names the renamed file", () => {
    const result = json([before, after]);
    expect(result.changes).toEqual([]);
    expect(result.renamedFiles).toEqual([{ from: "content/frameworks/nationell.md", to: "content/frameworks/nationell-strategi.md" }]);
    expect(diff([before, after]).stdout).toContain("Inga semantiska ändringar");
  });
});

describe("styrdok diff of content that is invalid at one revision", () => {
  let broken: string;

  beforeAll(() => {
    git("checkout", "-q", "-b", "trasig", first);
    edit("content/documents/stockholm-strategi/01-ansvar.md", (text) => text.replace("modality: should", "modality: [bör"));
    edit(chapter, (text) => text.replaceAll("Fler upptäcks tidigt.", "Fler våldsutsatta upptäcks tidigt."));
    broken = commit("Ett trasigt kapitel och en ändring");
  });

  it("reports that revision's findings, diffs what it can read, and exits 1", () => {
    const run = diff([first, broken, "--format", "json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Fel i innehållet vid ${broken}:`);
    expect(run.stderr).toContain("content/documents/stockholm-strategi/01-ansvar.md");
    const result = JSON.parse(run.stdout);
    expect(result.after.errors).toBeGreaterThan(0);
    expect(result.unreadable).toEqual([{ side: "after", file: "content/documents/stockholm-strategi/01-ansvar.md", errors: expect.any(Number) }]);
    expect(result.changes.map((entry: { id: string; kind: string }) => `${entry.kind} ${entry.id}`)).toEqual(["modified dalarna-plan-mal", "modified dalarna-plan-delmal-1-1"]);
  });
});

describe("styrdok diff of a huge change", () => {
  let huge: string;

  beforeAll(() => {
    git("checkout", "-q", "-b", "stor", first);
    const measures = Array.from(
      { length: 3000 },
      (_, index) => `  - id: stor-atgard-${index + 1}\n    kind: measure\n    text: Åtgärd nummer ${index + 1} om att förebygga våld i nära relationer.\n`,
    ).join("");
    const body = Array.from({ length: 3000 }, (_, index) => `- Åtgärd nummer ${index + 1} om att förebygga våld i nära relationer.`).join("\n");
    writeFileSync(join(repo, "content/documents/dalarna-plan/02-stor.md"), `---\ntype: chapter\nid: dalarna-plan-stor\ntitle: Många åtgärder\nmeasures:\n${measures}---\n${body}\n`);
    huge = commit("Tretusen åtgärder");
  });

  it("keeps the Markdown under GitHub's comment limit and says what it folded", () => {
    const run = diff([first, huge, "--format", "markdown"]);
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeLessThan(65_536);
    expect(run.stdout).toContain("**3001 ändrade poster**");
    expect(run.stdout).toMatch(/\d+ ändringar till visas inte här/);
  });
});

describe("styrdok diff --format markdown of hostile content", () => {
  let hostile: string;
  let long: string;
  // Long enough that its change folds into <details>, with the text in its summary.
  const evil = Array.from(
    { length: 3 },
    () =>
      "Parterna <script>alert(1)</script></details> `kod` | rör | @octocat ![bild](https://evil.example/x.png) [länk](https://evil.example) https://evil.example/a www.evil.example info@evil.example #12 $x$ *kursiv*",
  ).join(" ");

  beforeAll(() => {
    git("checkout", "-q", "-b", "fientlig", first);
    edit(chapter, (text) =>
      text.replaceAll("text: Parterna utbildar personal i att fråga om våld.", `text: ${JSON.stringify(evil)}`).replace("- Parterna utbildar personal i att fråga om våld.", `- ${evil}`),
    );
    hostile = commit("Fientlig text");
    // One body so long that no comment could hold it.
    edit(chapter, (text) => `${text}\n${Array.from({ length: 3000 }, (_, index) => `Stycke ${index} @octocat med många ord om våld i nära relationer.`).join("\n\n")}\n`);
    long = commit("En mycket lång brödtext");
  });

  it("lets no content text inject HTML, links, images, mentions, references or math into the comment", () => {
    const markdown = diff([first, hostile, "--format", "markdown"]).stdout;
    expect(markdown).toContain("dalarna-plan-atgard-1");
    // Only the report's own tags are HTML.
    expect(markdown.replace(/<\/?(?:del|ins|details|summary|b|code)>/g, "")).not.toContain("<");
    // GitHub links @names and #numbers in the rendered text, escaped or not; URLs and e-mail addresses become links.
    expect(markdown).not.toMatch(/@\w/);
    expect(markdown).not.toMatch(/(?<!&)#\d/);
    expect(markdown).not.toMatch(/:\/\//);
    expect(markdown).not.toMatch(/www\./i);
    expect(markdown).not.toMatch(/(?<!\\)\$/);
    // Markdown's own marks stand as the characters they are.
    expect(markdown).toContain("\\*kursiv\\*");
    expect(markdown).toContain("rör \\|");
  });

  it("gives a folded change a plain summary, and a change too long for a comment its id at least", () => {
    const folded = diff([first, hostile, "--format", "markdown"]).stdout;
    expect(folded).toContain("<details><summary>");
    // GitHub reads no Markdown inside <summary>: Markdown's marks and escapes would stand there as they are.
    const summaries = [...folded.matchAll(/<summary>(.*?)<\/summary>/g)].map(([, summary]) => summary);
    expect(summaries).toContainEqual(expect.stringContaining("<b>ändrad</b> · åtgärd <code>dalarna-plan-atgard-1</code>: Parterna &lt;script&gt;"));
    for (const summary of summaries) expect(summary).not.toMatch(/\*\*|\\/);
    const run = diff([hostile, long, "--format", "markdown"]);
    expect(run.stdout.length).toBeLessThan(65_536);
    expect(run.stdout).toContain("dalarna-plan-mal");
  });
});

describe("styrdok as git's diff driver", () => {
  it("shows the semantic diff in git diff once configured", () => {
    git("checkout", "-q", "arbete");
    writeFileSync(join(repo, ".gitattributes"), "content/**/*.md diff=styrdok\n");
    edit(chapter, (text) => text.replaceAll("Polisen ska anmäla oro för barn.", "Polisen ska alltid anmäla oro för barn."));
    try {
      const output = execFileSync("git", ["-c", `diff.styrdok.command=${process.execPath} ${bin} diff --git-driver`, "diff", "--", chapter], {
        cwd: repo,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      });
      expect(output).toContain(`styrdok diff ${chapter}`);
      expect(output).toContain("ändrad  ansvar dalarna-plan-ansvar-polis-1");
      expect(output).toContain("ska {+alltid+} anmäla");
    } finally {
      git("checkout", "--", chapter);
      rmSync(join(repo, ".gitattributes"));
    }
  });

  it("shows a deleted file's items removed, and in git show and git log -p with --ext-diff", () => {
    git("checkout", "-q", "-b", "driver", first);
    writeFileSync(join(repo, ".gitattributes"), "content/**/*.md diff=styrdok\n");
    git("rm", "-q", "content/documents/dalarna-gammal/index.md");
    commit("Den gamla strategin tas bort");
    const driver = (...args: string[]) =>
      execFileSync("git", ["-c", `diff.styrdok.command=${process.execPath} ${bin} diff --git-driver`, ...args], { cwd: repo, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    for (const output of [driver("show", "--ext-diff", "HEAD"), driver("log", "-p", "--ext-diff", "-1")]) {
      expect(output).toContain("styrdok diff content/documents/dalarna-gammal/index.md");
      expect(output).toContain("borttagen  dokument dalarna-gammal");
      // The reference the removal broke is in another file: this file has no findings to show.
      expect(output).not.toContain("Inga fel");
    }
    // Without --ext-diff, git log and git show leave drivers out and show the lines.
    expect(driver("show", "HEAD")).toContain("-type: document");
  });
});
