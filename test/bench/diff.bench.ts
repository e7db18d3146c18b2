// Benchmark of the semantic diff engine: one changed document in a synthetic corpus, against
// loading the same corpus once. Both are measured in the same run, so the ratio holds on a
// noisy machine where absolute times do not.
//
//   npm run toolchain -- node test/bench/diff.bench.ts [documents]
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diffContents, loadContent } from "@styrdok/core";
import { chaptersPerDocument, writeCorpus } from "./corpus.ts";

const documents = Number(process.argv[2] ?? 200);
const runs = 3;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One document changed as an editor would: a measure reworded and given to another actor, a goal added. */
function changeOneDocument(root: string): void {
  const file = join(root, "documents/dok-1/03-kapitel.md");
  const text = readFileSync(file, "utf8");
  writeFileSync(
    file,
    text
      .replaceAll("Åtgärd 4: kommunerna utbildar personal", "Åtgärd 4: kommunerna utbildar all personal")
      .replace("responsible: [aktor-5]", "responsible: [aktor-6]")
      .replace("goals:\n", "goals:\n  - id: dok-1-kap-3-nytt-mal\n    level: mal\n    text: Ett nytt mål.\n"),
  );
}

const before = mkdtempSync(join(tmpdir(), "styrdok-bench-diff-"));
const after = mkdtempSync(join(tmpdir(), "styrdok-bench-diff-"));
try {
  writeCorpus(before, documents);
  cpSync(before, after, { recursive: true });
  changeOneDocument(after);
  const old = await loadContent(["."], { cwd: before });
  const loads: number[] = [];
  let current = old;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    current = await loadContent(["."], { cwd: after });
    loads.push(performance.now() - started);
  }
  if (old.errors > 0 || current.errors > 0) throw new Error("the synthetic corpus has errors");
  const diffs: number[] = [];
  let changes = 0;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    changes = diffContents({ name: "before", content: old }, { name: "after", content: current }).changes.length;
    diffs.push(performance.now() - started);
  }
  const files = documents * (chaptersPerDocument + 1) + 1;
  console.log(
    `${documents} documents, ${files} files: load ${median(loads).toFixed(0)} ms   diff ${median(diffs).toFixed(0)} ms (${changes} changes)   diff/load ${(median(diffs) / median(loads)).toFixed(3)}`,
  );
} finally {
  rmSync(before, { recursive: true, force: true });
  rmSync(after, { recursive: true, force: true });
}
