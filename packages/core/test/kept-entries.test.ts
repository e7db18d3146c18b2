// validate --watch keeps each file's entry while its text is unchanged, and the model keeps what a
// kept chapter contributed. Whatever an editor does between two runs, a run with kept entries must
// report exactly what a fresh run of the same files reports, and model exactly the same corpus.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportJson, toExport } from "../src/index.ts";
import { freshRun, keptRunner, reportOf } from "./kept.ts";
import { repositoryRoot } from "./paths.ts";

let root: string;
const content = () => join(root, "content");

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "styrdok-kept-"));
  cpSync(join(repositoryRoot, "content"), content(), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function edit(path: string, change: (text: string) => string): void {
  const file = join(content(), path);
  const before = readFileSync(file, "utf8");
  const after = change(before);
  expect(after, `the edit of ${path} changes it`).not.toBe(before);
  writeFileSync(file, after);
}

const chapter = "documents/dalarna-rapport-2021/06-kompetensinsatser.md";
const goal = "dalarna-rapport-2021-syfte-kompetensinsatser";

describe("a run with kept entries", () => {
  it("reports and models exactly what a fresh run does, through a series of edits", async () => {
    const runner = keptRunner(root);
    await runner.run();
    // `file`: only files changed, and the corpus-wide checks looked again at what they touch; `whole`: they checked everything.
    const steps: Array<{ name: string; change: () => void; expect?: string; checked: "file" | "whole" }> = [
      { name: "nothing changed", change: () => undefined, checked: "file" },
      {
        name: "a goal is renamed while measures elsewhere still name it",
        change: () => edit(chapter, (text) => text.replace(`- id: ${goal}\n`, `- id: ${goal}-x\n`)),
        expect: "reference-unresolved",
        checked: "file",
      },
      { name: "the rename is undone", change: () => edit(chapter, (text) => text.replace(`- id: ${goal}-x\n`, `- id: ${goal}\n`)), checked: "file" },
      {
        name: "a measure names an actor that does not exist",
        change: () => edit(chapter, (text) => text.replace(/responsible: \[/, "responsible: [polisen-x, ")),
        expect: "reference-unresolved",
        checked: "file",
      },
      {
        name: "a second chapter declares an id the first does",
        change: () =>
          edit("documents/dalarna-rapport-2021/10-diskussion.md", (text) => text.replace(/^type: chapter\n/m, `type: chapter\ngoals:\n  - id: ${goal}\n    level: syfte\n    text: Dubblett.\n`)),
        expect: "duplicate-id",
        checked: "file",
      },
      { name: "a file's YAML breaks", change: () => edit(chapter, (text) => text.replace(/^title: /m, "title: [")), expect: "yaml-syntax", checked: "file" },
      { name: "the YAML is mended", change: () => edit(chapter, (text) => text.replace(/^title: \[/m, "title: ")), checked: "file" },
      {
        name: "a quoted text no longer stands in the body",
        change: () => edit(chapter, (text) => text.replace(/\n---\n([\s\S]*?)\b(och)\b/, "\n---\n$1samt")),
        expect: "text-not-in-body",
        checked: "file",
      },
      { name: "a chapter is deleted", change: () => unlinkSync(join(content(), "documents/dalarna-rapport-2021/02-sammanfattning.md")), checked: "whole" },
      {
        name: "a chapter is added",
        change: () => writeFileSync(join(content(), "documents/dalarna-rapport-2021/12-ny.md"), "---\ntype: chapter\nid: dalarna-rapport-2021-ny\ntitle: Ny\n---\nNy text.\n"),
        checked: "whole",
      },
    ];
    for (const step of steps) {
      step.change();
      const before = runner.kept.checks;
      const kept = await runner.run();
      expect(runner.kept.checks === before ? "file" : "whole", step.name).toBe(step.checked);
      const fresh = await freshRun(root);
      expect(reportOf(kept), step.name).toEqual(reportOf(fresh));
      expect(exportJson(toExport(kept)), step.name).toBe(exportJson(toExport(fresh)));
      if (step.expect)
        expect(
          reportOf(fresh).some((line) => line.includes(` ${step.expect} `)),
          `${step.name}: ${step.expect}`,
        ).toBe(true);
    }
  }, 240_000);
});
