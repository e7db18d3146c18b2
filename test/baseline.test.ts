// Behaviour that must not change by accident: the export (JSON and every CSV table) of a fixed
// content tree, and every finding the validator prints for the bad-input fixtures, word for word,
// in each format and language. The expected bytes were recorded from commit 1c2f2d3, before the
// model was restructured (see test/fixtures/baseline/README.md); a deliberate change to the
// export or to a message updates them in the same commit.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../packages/cli/src/main.ts";
import { runCli } from "../packages/cli/test/run-cli.ts";
import { repositoryRoot } from "./paths.ts";

const fixtures = join(repositoryRoot, "test/fixtures/baseline");
const read = <T>(name: string): T => JSON.parse(gunzipSync(readFileSync(join(fixtures, name))).toString("utf8")) as T;

const scratch = mkdtempSync(join(tmpdir(), "styrdok-baseline-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The first line where two texts part, for a readable failure instead of two megabytes. */
function firstDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const a = actual.split("\n");
  const b = expected.split("\n");
  const line = a.findIndex((text, index) => text !== b[index]);
  const at = line === -1 ? a.length : line;
  return `line ${at + 1}:\n  actual:   ${a[at]?.slice(0, 300)}\n  expected: ${b[at]?.slice(0, 300)}`;
}

describe("the export of the baseline content", () => {
  const content = read<Record<string, string>>("content.json.gz");
  for (const [path, text] of Object.entries(content)) {
    mkdirSync(join(scratch, dirname(path)), { recursive: true });
    writeFileSync(join(scratch, path), text);
  }
  const expected = read<Record<string, string>>("export.json.gz");

  it("is byte for byte the JSON of the baseline", () => {
    const run = runCli(["export", "--format", "json"], { cwd: scratch });
    expect(run.status, run.stderr).toBe(0);
    expect(firstDifference(run.stdout, expected["styrdok.json"]!)).toBeUndefined();
  });

  it("writes every CSV table byte for byte as the baseline", () => {
    const run = runCli(["export", "--format", "csv", "--out", "csv"], { cwd: scratch });
    expect(run.status, run.stderr).toBe(0);
    const tables = Object.keys(expected).filter((name) => name.startsWith("csv/"));
    expect(readdirSync(join(scratch, "csv")).sort()).toEqual(tables.map((name) => name.slice(4)).sort());
    for (const name of tables) expect(firstDifference(readFileSync(join(scratch, name), "utf8"), expected[name]!), name).toBeUndefined();
  });
});

describe("the findings for the fixtures", () => {
  const runs = read<Record<string, { status: number; stdout: string; stderr: string }>>("findings.json.gz");
  it("are word for word those of the baseline, in text (Swedish and English), JSON and GitHub form", async () => {
    const differences: string[] = [];
    for (const [command, want] of Object.entries(runs)) {
      let stdout = "";
      let stderr = "";
      const status = await main(["validate", ...command.split(" ")], {
        cwd: repositoryRoot,
        env: { NO_COLOR: "1", STYRDOK_TODAY: "2026-11-22" },
        stdout: (text) => {
          stdout += text;
        },
        stderr: (text) => {
          stderr += text;
        },
        isTTY: false,
      });
      const difference = status !== want.status ? `exit ${status}, expected ${want.status}` : (firstDifference(stdout, want.stdout) ?? firstDifference(stderr, want.stderr));
      if (difference) differences.push(`styrdok validate ${command}: ${difference}`);
    }
    expect(differences).toEqual([]);
    expect(Object.keys(runs).length).toBeGreaterThan(90);
  });
});
