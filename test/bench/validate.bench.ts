// Benchmark: how much does `loadContent` (schemas, model, corpus checks) cost on top of
// the unavoidable work of reading and parsing the same files, and how much do the site's page
// models (every document page rendered to HTML, and the search records) cost on top of that?
// All are measured in the same run on the same synthetic corpus, so the ratios hold on a noisy
// machine where absolute times do not.
//
//   npm run toolchain -- pnpm task:bench [documents]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadContent, parseContentFile, parseMarkdown, readContentFiles } from "@styrdok/core";
import { buildSite, documentView, searchRecords } from "@styrdok/pages";
import { chaptersPerDocument, median, writeCorpus } from "./corpus.ts";

const documents = Number(process.argv[2] ?? 20);
const runs = 3;

/** The floor: read every file and parse its Markdown and YAML once (stages 1–2), nothing else. */
async function baseline(root: string): Promise<number> {
  const started = performance.now();
  const files = await readContentFiles(["."], { cwd: root });
  const outcomes = await parseMarkdown(files.map((file) => String(file.value)));
  files.forEach((file, index) => {
    const outcome = outcomes[index]!;
    if ("tree" in outcome) parseContentFile(file, outcome.tree);
  });
  return performance.now() - started;
}

async function full(root: string): Promise<number> {
  const started = performance.now();
  const result = await loadContent(["."], { cwd: root });
  // Warnings (actors no document names) are expected here; errors would mean the corpus is not what we measure.
  if (result.errors > 0) throw new Error(`the synthetic corpus has ${result.errors} errors`);
  return performance.now() - started;
}

/** What the site build computes from the content: the model, every document page, the search records. */
async function site(root: string): Promise<number> {
  const started = performance.now();
  const built = await buildSite(".", { cwd: root, today: "2026-11-22" });
  for (const document of built.graph.all("document")) documentView(built, document.id);
  searchRecords(built);
  return performance.now() - started;
}

async function measure(count: number) {
  const root = mkdtempSync(join(tmpdir(), "styrdok-bench-"));
  try {
    const bytes = writeCorpus(root, count);
    await full(root); // warm up: compile the schemas, JIT the parsers
    const base: number[] = [];
    const validate: number[] = [];
    const pages: number[] = [];
    for (let run = 0; run < runs; run++) {
      base.push(await baseline(root));
      validate.push(await full(root));
      pages.push(await site(root));
    }
    return { files: count * (chaptersPerDocument + 1) + 1, bytes, base: median(base), validate: median(validate), pages: median(pages) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const small = await measure(documents);
const large = await measure(documents * 4);
const row = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
  `${label.padEnd(8)} ${String(m.files).padStart(6)} files ${(m.bytes / 1024).toFixed(0).padStart(7)} kB   parse ${m.base.toFixed(0).padStart(6)} ms   validate ${m.validate.toFixed(0).padStart(6)} ms   validate/parse ${(m.validate / m.base).toFixed(2)}   site models ${m.pages.toFixed(0).padStart(6)} ms   site/validate ${(m.pages / m.validate).toFixed(2)}`;
console.log(row("1×", small));
console.log(row("4×", large));
console.log(`scaling: 4× the content takes ${(large.validate / small.validate).toFixed(2)}× as long to validate (linear would be 4.00)`);
