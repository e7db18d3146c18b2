// validate --watch keeps each file's entry while its text is unchanged, and the model keeps what a
// kept chapter contributed. Whatever an editor does between two runs, a run with kept entries must
// report exactly what a fresh run of the same files reports, and model exactly the same corpus.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Content, type EntryCache, exportJson, Finding, loadFiles, readContentFiles, toExport } from "../src/index.ts";
import { repositoryRoot } from "./paths.ts";

const TODAY = "2026-01-01";
let root: string;
const content = () => join(root, "content");

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "styrdok-kept-"));
  cpSync(join(repositoryRoot, "content"), content(), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every finding with everything a reader sees of it. */
function report(result: Content): string[] {
  return result.files.flatMap((file) =>
    file.messages.map((message) => {
      const params = message instanceof Finding ? JSON.stringify(message.params) : "";
      return `${file.path}:${message.line}:${message.column}-${message.place && "end" in message.place ? `${message.place.end.line}:${message.place.end.column}` : ""} ${message.ruleId} ${params}`;
    }),
  );
}

async function freshRun(): Promise<Content> {
  const files = await readContentFiles([content()], { cwd: root });
  return loadFiles(files, { cwd: root, roots: [content()], today: TODAY });
}

/** Runs again as validate --watch does: a file whose text is unchanged is the same file as before, with the findings reading it gave. */
function keptRunner() {
  const entryCache: EntryCache = new WeakMap();
  const kept = new Map<string, { file: VFile; read: VFileMessage[] }>();
  return async (): Promise<Content> => {
    const files = (await readContentFiles([content()], { cwd: root })).map((file) => {
      const before = kept.get(file.path);
      if (before && before.file.value === file.value) {
        before.file.messages = [...before.read];
        return before.file;
      }
      kept.set(file.path, { file, read: [...file.messages] });
      return file;
    });
    return loadFiles(files, { cwd: root, roots: [content()], today: TODAY, entryCache });
  };
}

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
    const rerun = keptRunner();
    const steps: Array<{ name: string; change: () => void; expect?: string }> = [
      { name: "nothing changed", change: () => undefined },
      { name: "a goal is renamed while measures elsewhere still name it", change: () => edit(chapter, (text) => text.replace(`- id: ${goal}\n`, `- id: ${goal}-x\n`)), expect: "reference-unresolved" },
      { name: "the rename is undone", change: () => edit(chapter, (text) => text.replace(`- id: ${goal}-x\n`, `- id: ${goal}\n`)) },
      { name: "a measure names an actor that does not exist", change: () => edit(chapter, (text) => text.replace(/responsible: \[/, "responsible: [polisen-x, ")), expect: "reference-unresolved" },
      {
        name: "a second chapter declares an id the first does",
        change: () =>
          edit("documents/dalarna-rapport-2021/10-diskussion.md", (text) => text.replace(/^type: chapter\n/m, `type: chapter\ngoals:\n  - id: ${goal}\n    level: syfte\n    text: Dubblett.\n`)),
        expect: "duplicate-id",
      },
      { name: "a file's YAML breaks", change: () => edit(chapter, (text) => text.replace(/^title: /m, "title: [")), expect: "yaml-syntax" },
      { name: "the YAML is mended", change: () => edit(chapter, (text) => text.replace(/^title: \[/m, "title: ")) },
      { name: "a quoted text no longer stands in the body", change: () => edit(chapter, (text) => text.replace(/\n---\n([\s\S]*?)\b(och)\b/, "\n---\n$1samt")), expect: "text-not-in-body" },
      { name: "a chapter is deleted", change: () => unlinkSync(join(content(), "documents/dalarna-rapport-2021/02-sammanfattning.md")) },
      {
        name: "a chapter is added",
        change: () => writeFileSync(join(content(), "documents/dalarna-rapport-2021/12-ny.md"), "---\ntype: chapter\nid: dalarna-rapport-2021-ny\ntitle: Ny\n---\nNy text.\n"),
      },
    ];
    for (const step of steps) {
      step.change();
      const kept = await rerun();
      const fresh = await freshRun();
      expect(report(kept), step.name).toEqual(report(fresh));
      expect(exportJson(toExport(kept)), step.name).toBe(exportJson(toExport(fresh)));
      if (step.expect)
        expect(
          report(fresh).some((line) => line.includes(` ${step.expect} `)),
          `${step.name}: ${step.expect}`,
        ).toBe(true);
    }
  }, 240_000);
});
