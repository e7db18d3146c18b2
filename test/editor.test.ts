// The editor integration in .vscode/ and content/.remarkrc.mjs, tried against the real tools:
// the tasks' problem matchers are applied to the real CLI's output line by line, as VS Code
// applies them, and the remark configuration is run through remark-cli, which loads it with the
// same engine (unified-engine) as the remark language server in the editor.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, validateJson } from "../packages/cli/test/run-cli.ts";
import { repositoryRoot } from "./paths.ts";

interface ProblemPattern {
  regexp: string;
  file: number;
  line: number;
  column: number;
  code?: number;
  message: number;
}
interface ProblemMatcher {
  owner: string;
  severity: "error" | "warning";
  fileLocation: [string, string];
  pattern: ProblemPattern;
}
interface Task {
  label: string;
  command: string;
  args: string[];
  options?: { env?: Record<string, string> };
  problemMatcher: ProblemMatcher[];
}

const tasks = (JSON.parse(readFileSync(join(repositoryRoot, ".vscode/tasks.json"), "utf8")) as { tasks: Task[] }).tasks;
const fixture = "test/fixtures/editor/content";

interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

/**
 * What VS Code's Problems panel gets from a task's output: every line is tried against each
 * matcher's pattern (a single-line pattern: `new RegExp(regexp)` on the line), and a match gives
 * a problem with the matcher's severity. `autoDetect` takes an absolute path as it is and joins a
 * relative one to the workspace folder.
 */
function problemsOf(output: string, matchers: ProblemMatcher[], workspaceFolder: string): Problem[] {
  const problems: Problem[] = [];
  for (const line of output.split(/\r?\n/)) {
    for (const matcher of matchers) {
      const match = new RegExp(matcher.pattern.regexp).exec(line);
      if (!match) continue;
      const file = match[matcher.pattern.file]!;
      problems.push({
        // biome-ignore lint/suspicious/noTemplateCurlyInString: VS Code's own variable, written as tasks.json writes it
        file: isAbsolute(file) && existsSync(file) ? file : resolve(matcher.fileLocation[1].replace("${workspaceFolder}", workspaceFolder), file),
        line: Number.parseInt(match[matcher.pattern.line]!, 10),
        column: Number.parseInt(match[matcher.pattern.column]!, 10),
        severity: matcher.severity,
        code: matcher.pattern.code ? match[matcher.pattern.code]! : "",
        message: match[matcher.pattern.message]!.trim(),
      });
    }
  }
  return problems;
}

/** Every finding of `validate --format json` on the same paths, as the Problems panel should list it. */
function expectedProblems(paths: string[], lang: "sv" | "en"): Problem[] {
  const { report } = validateJson([...paths, "--lang", lang]);
  return report.findings.map((finding) => ({
    file: resolve(repositoryRoot, finding.file),
    line: finding.line,
    column: finding.column,
    severity: finding.severity,
    code: finding.code,
    message: finding.message,
  }));
}

describe("the VS Code tasks", () => {
  it("run `npm run styrdok -- validate`, without colours that could break the matching", () => {
    const scripts = (JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(scripts.styrdok).toBeDefined();
    expect(tasks.length).toBeGreaterThan(0);
    for (const task of tasks) {
      expect([task.command, ...task.args.slice(0, 4)]).toEqual(["npm", "run", "styrdok", "--", "validate"]);
      expect(task.options?.env?.NO_COLOR).toBe("1");
      expect(task.problemMatcher.map((matcher) => matcher.severity).sort()).toEqual(["error", "warning"]);
    }
  });

  for (const task of tasks) {
    for (const lang of ["sv", "en"] as const) {
      it(`"${task.label}" puts every finding in the Problems panel at its line and column, with its severity, code and words (${lang})`, () => {
        // The task's own arguments after `validate`, with the open file (${relativeFile}) being one of the fixture's.
        const openFile = `${fixture}/actors.md`;
        // biome-ignore lint/suspicious/noTemplateCurlyInString: VS Code's own variable, written as tasks.json writes it
        const extra = task.args.slice(4).map((arg) => arg.replace("${relativeFile}", openFile));
        const paths = extra.length > 0 ? extra : [fixture];
        const run = runCli(["validate", ...paths], { env: { STYRDOK_LANG: lang } });
        expect(run.status).toBe(1);
        const expected = expectedProblems(paths, lang);
        expect(expected.map((problem) => problem.severity)).toEqual(expect.arrayContaining(["error", "warning"]));
        expect(problemsOf(run.stdout, task.problemMatcher, repositoryRoot)).toEqual(expected);
      });
    }
  }

  it("take no line of a code frame for a finding, even one that looks like a finding", () => {
    const run = runCli(["validate", fixture]);
    // The fixture's chapter has, in its text, a line written like a finding; the frame shows it.
    expect(run.stdout).toContain("| content/falsk.md:1:1  fel  falsk-kod");
    const problems = problemsOf(run.stdout, tasks[0]!.problemMatcher, repositoryRoot);
    expect(problems.map((problem) => problem.code)).not.toContain("falsk-kod");
  });
});

/** What remark-cli reports for a text, read as the file at `path` (as the language server does with an open, unsaved file). */
function remarkFindings(text: string, path: string) {
  const remark = spawnSync(process.execPath, [join(repositoryRoot, "node_modules/remark-cli/cli.js"), "--file-path", path, "--no-stdout", "--no-color"], {
    cwd: repositoryRoot,
    input: text,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "" },
    timeout: 60_000,
  });
  const findings = remark.stderr
    .split("\n")
    .map((line) => /^\s*(\d+):(\d+)(?:-(\d+):(\d+))?\s+(error|warning)\s+(.*?)\s+(\S+)\s+styrdok\s*$/.exec(line))
    .filter((match) => match !== null)
    .map((match) => ({ line: Number(match[1]), column: Number(match[2]), severity: match[5], message: match[6], code: match[7] }));
  return { status: remark.status, stderr: remark.stderr, findings };
}

describe("the remark configuration of content/ (the remark language server in the editor)", () => {
  it("gives an open content file styrdok's per-file findings with the same place, code and Swedish words as validate", () => {
    const text = readFileSync(join(repositoryRoot, fixture, "actors.md"), "utf8");
    // As if the editor had this text open in place of a real file under content/.
    const result = remarkFindings(text, "content/actors/statliga-myndigheter.md");
    const { report } = validateJson([`${fixture}/actors.md`]);
    expect(report.findings.length).toBe(2);
    expect(result.findings).toEqual(report.findings.map((finding) => ({ line: finding.line, column: finding.column, severity: finding.severity, message: finding.message, code: finding.code })));
    expect(result.status).toBe(1);
  });

  it("finds nothing in a real content file, and checks no Markdown outside content/", () => {
    const real = "content/actors/statliga-myndigheter.md";
    const clean = remarkFindings(readFileSync(join(repositoryRoot, real), "utf8"), real);
    expect(clean.findings).toEqual([]);
    expect(clean.status).toBe(0);
    // The same broken text, as a file outside content/, has no configuration and is left alone.
    const outside = remarkFindings(readFileSync(join(repositoryRoot, fixture, "actors.md"), "utf8"), "notes/actors.md");
    expect(outside.findings).toEqual([]);
  });

  it("leaves checks across files to validate: a reference to an actor that does not exist is not reported", () => {
    const chapter = `${fixture}/documents/exempel-handlingsplan/01-atgarder.md`;
    expect(validateJson([chapter]).report.findings.map((finding) => finding.code)).toEqual(["reference-unresolved"]);
    const result = remarkFindings(readFileSync(join(repositoryRoot, chapter), "utf8"), "content/documents/stockholm-strategi-2020/99-ny.md");
    expect(result.findings).toEqual([]);
  });
});
