import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryRoot, runCli, validateJson } from "./run-cli.ts";

const scratch = mkdtempSync(join(tmpdir(), "styrdok-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function freshFolder(name: string): string {
  const path = join(scratch, name);
  rmSync(path, { recursive: true, force: true });
  mkdirSync(path, { recursive: true });
  return path;
}

describe("styrdok validate", () => {
  it("prints file:line:column, severity, code and message, with a code frame, in Swedish", () => {
    const run = runCli(["validate", "test/fixtures/bad-input/dangling-reference"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      'test/fixtures/bad-input/dangling-reference/actors.md:10:13  fel  reference-unresolved  Det finns ingen aktör med id "polismyndigheter". Menade du "polismyndigheten"?',
    );
    expect(run.stdout).toContain("> 10 |     parent: polismyndigheter\n     |             ^^^^^^^^^^^^^^^^");
    // The typo also leaves both actors unreferenced: two warnings.
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("1 fel, 2 varningar i 1 fil.");
  });

  it("exits 0 and says so when there is nothing to report", () => {
    const run = runCli(["validate", "test/fixtures/valid/plain"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("Inga fel. 0 fel, 0 varningar i 4 filer.\n");
  });

  it("prints the JSON report with relative paths and 1-based positions", () => {
    const { run, report } = validateJson(["test/fixtures/bad-input/tabs"]);
    expect(run.status).toBe(1);
    expect(report).toEqual({
      files: 1,
      errors: 1,
      warnings: 0,
      findings: [
        {
          file: "test/fixtures/bad-input/tabs/actors.md",
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 2,
          severity: "error",
          code: "yaml-tab",
          message: "Tabbtecken får inte användas för indrag i YAML; använd mellanslag.",
          suggestions: [],
        },
      ],
    });
  });

  it("lists findings at the same place in the order of their words, in the language asked for", () => {
    const tree = freshFolder("same-place");
    // One actor without a name and without a kind: two findings at the same place.
    writeFileSync(join(tree, "actors.md"), "---\ntype: actors\nactors:\n  - id: a\n---\n");
    const lines = (lang: string) =>
      runCli(["validate", tree, "--lang", lang])
        .stdout.split("\n")
        .filter((line) => line.includes("schema-required"));
    expect(lines("sv").map((line) => line.match(/Fältet "(\w+)"/)?.[1])).toEqual(["kind", "name"]);
    expect(lines("en").map((line) => line.match(/The field "(\w+)"/)?.[1])).toEqual(["kind", "name"]);
  });

  it("prints at most ten GitHub annotations per severity and puts the rest in the step summary", () => {
    const tree = freshFolder("many");
    const actors = Array.from({ length: 14 }, (_, i) => `  - id: a-${i}\n    name: A\n    kind: stad\n`).join("");
    const summary = join(scratch, "summary.md");
    writeFileSync(summary, "");
    writeFileSync(join(tree, "actors.md"), `---\ntype: actors\nactors:\n${actors}---\n`);
    const run = runCli(["validate", tree, "--format", "github"], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(run.status).toBe(1);
    const annotations = run.stdout.split("\n").filter((line) => line.startsWith("::error "));
    expect(annotations).toHaveLength(10);
    expect(annotations[0]).toMatch(/^::error file=.*actors\.md,line=6,col=11,endLine=6,endColumn=15,title=schema-enum::actors › nr 1 \(a-0\) › kind har värdet "stad"/);
    const table = readFileSync(summary, "utf8");
    expect(table.split("\n").filter((line) => line.startsWith("| ") && line.includes("schema-enum"))).toHaveLength(4);
  });

  it("escapes newlines, percent signs, colons and commas in annotations", () => {
    const tree = freshFolder("escape");
    writeFileSync(join(tree, "a,b:c.md"), "---\ntype: actors\nactors:\n  - id: x\n    name: X\n    kind: 50%\n---\n");
    const run = runCli(["validate", tree, "--format", "github"]);
    const line = run.stdout.split("\n").find((candidate) => candidate.startsWith("::error"))!;
    expect(line).toContain("a%2Cb%3Ac.md");
    expect(line).toContain('"50%25"');
  });

  it("fails with exit code 2 and a clear message on wrong usage", () => {
    expect(runCli(["validera"]).status).toBe(2);
    expect(runCli(["validera"]).stderr).toBe('styrdok: okänt kommando "validera". Menade du "validate"? Se styrdok help.\n');
    const badFormat = runCli(["validate", "--format", "xml"]);
    expect([badFormat.status, badFormat.stderr]).toEqual([2, 'styrdok: okänt format "xml" (tillåtna: text, json, github). Se styrdok help.\n']);
    expect(runCli(["validate", "--frmat", "json"]).stderr).toBe("styrdok: valet --frmat finns inte för validate. Se styrdok help.\n");
    expect(runCli(["validate", "--out", "x.json"]).stderr).toBe("styrdok: valet --out finns inte för validate. Se styrdok help.\n");
    expect(runCli(["validate", "--format"]).stderr).toBe("styrdok: valet --format behöver ett värde, t.ex. --format=json. Se styrdok help.\n");
    expect(runCli(["validate", "--lang", "de"]).status).toBe(2);
  });

  it("prints help", () => {
    const run = runCli(["help", "--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("styrdok validate [paths…]");
  });
});

describe("styrdok export", () => {
  it("prints the model as JSON on stdout, and nothing else", () => {
    const run = runCli(["export", "test/fixtures/valid/plain", "--format", "json"]);
    expect(run.status).toBe(0);
    const data = JSON.parse(run.stdout);
    expect(data.format).toBe("styrdok-export");
    expect(Object.keys(data)).toEqual(expect.arrayContaining(["documents", "goals", "measures", "responsibilities", "actors", "indicators", "definitions", "sources", "frameworks"]));
    expect(data.actors.map((actor: { id: string }) => actor.id)).toEqual(["polismyndigheten", "region-dalarna"]);
  });

  it("writes to --out and gives byte-identical files on repeated runs", () => {
    const first = join(scratch, "out/first.json");
    const second = join(scratch, "out/second.json");
    expect(runCli(["export", "test/fixtures/valid/plain", "--out", first]).status).toBe(0);
    expect(runCli(["export", "test/fixtures/valid/plain", "--out", second]).status).toBe(0);
    expect(readFileSync(second)).toEqual(readFileSync(first));
  });

  it("says plainly when it cannot write the output", () => {
    const run = runCli(["export", "test/fixtures/valid/plain", "--out", "test/fixtures"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^styrdok: kunde inte skriva .*test\/fixtures \(EISDIR\)\. Se styrdok help\.\n$/);
  });

  it("gives file paths relative to the content's parent folder, wherever it runs", () => {
    const here = JSON.parse(runCli(["export", "test/fixtures/valid/plain"]).stdout);
    const inside = JSON.parse(runCli(["export", "."], { cwd: "test/fixtures/valid/plain" }).stdout);
    expect(inside.documents[0].file).toBe(here.documents[0].file);
  });

  it("stops quietly when the reader closes the pipe", () => {
    const run = spawnSync("bash", ["-c", `"${process.execPath}" packages/cli/src/bin.ts export test/fixtures/valid/plain | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`], {
      cwd: repositoryRoot,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("0");
  });

  it("refuses to export content with errors and says why", () => {
    const run = runCli(["export", "test/fixtures/bad-input/tabs"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Exporten görs inte eftersom innehållet har fel:");
    expect(run.stderr).toContain("yaml-tab");
  });
});
