// Benchmark: how much does `validateContent` (schemas, model, corpus checks) cost on top of
// the unavoidable work of reading and parsing the same files? Both are measured in the same run on the same synthetic corpus,
// so the ratio holds on a noisy machine where absolute times do not.
//
//   npm run toolchain -- pnpm task:bench [documents]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseContentFile, parseMarkdown, readContentFiles, validateContent } from "@styrdok/core";

const documents = Number(process.argv[2] ?? 20);
const chaptersPerDocument = 8;
const itemsPerChapter = 12;
const runs = 3;

function writeCorpus(root: string, count: number): number {
  let bytes = 0;
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), text);
    bytes += Buffer.byteLength(text);
  };
  const actors = Array.from({ length: 50 }, (_, i) => `  - id: aktor-${i}\n    name: Aktör ${i}\n    kind: kommun\n    counties: [dalarna]\n`).join("");
  write("actors/actors.md", `---\ntype: actors\nactors:\n${actors}---\n`);
  for (let d = 0; d < count; d++) {
    const doc = `dok-${d}`;
    write(`documents/${doc}/index.md`, `---\ntype: document\nid: ${doc}\nkind: strategy\ntitle: Strategi ${d}\ncounties: [dalarna]\nstatus: in-force\ntextAvailability: complete\nvalidity:\n  from: 2020-01-01\n  to: 2026-12-31\n---\n`);
    for (let c = 0; c < chaptersPerDocument; c++) {
      const chapter = `${doc}-kap-${c}`;
      const goals: string[] = [];
      const measures: string[] = [];
      const prose: string[] = [];
      for (let i = 0; i < itemsPerChapter; i++) {
        const goalText = `Mål ${i} i kapitel ${c}: våldet i nära relationer ska minska i hela länet.`;
        const measureText = `Åtgärd ${i}: kommunerna utbildar personal om våld i nära relationer.`;
        goals.push(`  - id: ${chapter}-mal-${i}\n    level: mal\n    text: "${goalText}"\n`);
        measures.push(`  - id: ${chapter}-atgard-${i}\n    kind: measure\n    text: "${measureText}"\n    goals: [${chapter}-mal-${i}]\n    responsible: [aktor-${i % 50}]\n    timeframe: {from: 2022, to: 2024}\n`);
        prose.push(`${goalText} Därför gäller följande.\n\n- ${measureText}\n\nSe [målet](#${chapter}-mal-${i}).[^${i}]\n\n[^${i}]: En fotnot om källan.\n`);
      }
      write(
        `documents/${doc}/${String(c).padStart(2, "0")}-kapitel.md`,
        `---\ntype: chapter\nid: ${chapter}\ntitle: Kapitel ${c}\ngoals:\n${goals.join("")}measures:\n${measures.join("")}---\n${prose.join("\n")}`,
      );
    }
  }
  return bytes;
}

/** The floor: read every file and parse its Markdown and YAML once (stages 1–2), nothing else. */
async function baseline(root: string): Promise<number> {
  const started = performance.now();
  const files = await readContentFiles(["."], { cwd: root, lang: "sv" });
  const outcomes = await parseMarkdown(files.map((file) => String(file.value)));
  files.forEach((file, index) => {
    const outcome = outcomes[index]!;
    if ("tree" in outcome) parseContentFile(file, "sv", outcome.tree);
  });
  return performance.now() - started;
}

async function full(root: string): Promise<number> {
  const started = performance.now();
  const result = await validateContent(["."], { cwd: root });
  if (result.errors + result.warnings > 0) throw new Error(`the synthetic corpus has ${result.errors} errors and ${result.warnings} warnings`);
  return performance.now() - started;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function measure(count: number) {
  const root = mkdtempSync(join(tmpdir(), "styrdok-bench-"));
  try {
    const bytes = writeCorpus(root, count);
    await full(root); // warm up: compile the schemas, JIT the parsers
    const base: number[] = [];
    const validate: number[] = [];
    for (let run = 0; run < runs; run++) {
      base.push(await baseline(root));
      validate.push(await full(root));
    }
    return { files: count * (chaptersPerDocument + 1) + 1, bytes, base: median(base), validate: median(validate) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const small = await measure(documents);
const large = await measure(documents * 4);
const row = (label: string, m: Awaited<ReturnType<typeof measure>>) =>
  `${label.padEnd(8)} ${String(m.files).padStart(6)} files ${(m.bytes / 1024).toFixed(0).padStart(7)} kB   parse ${m.base.toFixed(0).padStart(6)} ms   validate ${m.validate.toFixed(0).padStart(6)} ms   validate/parse ${(m.validate / m.base).toFixed(2)}`;
console.log(row("1×", small));
console.log(row("4×", large));
console.log(`scaling: 4× the content takes ${(large.validate / small.validate).toFixed(2)}× as long to validate (linear would be 4.00)`);
