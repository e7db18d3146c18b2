// How close `styrdok import` comes to the careful work: each of the five seeds' texts imported
// and compared with its encoding in content/. Run: npm run toolchain -- pnpm task:bench-import
//
// - paragraphs: the share of the encoding's prose paragraphs that the draft has word for word
//   (as one paragraph, list item, heading or footnote, spacing aside);
// - noise removed: of the seed's lines whose words are nowhere in the encoding (page furniture,
//   figure debris), the share that the draft left out too;
// - text kept: of the seed's other lines, the share whose words the draft has;
// - goals, measures, responsibilities: precision and recall of the proposals against the
//   encoded items of the document (a proposal matches an item whose words it shares, Dice ≥ 0.8);
// - errors: the validator's errors in the draft, written beside a copy of the content (must be 0);
// - time: the import of each seed against reading the whole content (loadContent) in the same run.
//
// STYRDOK_SEEDS names another folder of seeds; SHOW_MISSES=004 lists the paragraphs of seed 004's
// encoding that the draft does not have, each beside the draft's nearest block.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadContent } from "@styrdok/core";
import { clean, proposeCandidates, readSource, registryOf, wordsOf, writeDraft } from "@styrdok/import";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const seeds = resolve(root, process.env.STYRDOK_SEEDS ?? "../shared/seeds");

/** Letters only, lower case, single spaces: the words, whatever the spacing, hyphens, footnote numbers. */
function letters(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[\^[^\]]+\]/g, "")
    .replace(/[^a-zåäöéüæøß]+/g, " ")
    .trim();
}

function spaced(text: string): string {
  return (
    text
      .replace(/\[\^[^\]]+\]/g, "")
      // The encoders' links and emphasis are theirs, not the source's words.
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|$|[.,:;])/g, "$1$2")
      .replace(/\\([\\`*_[\]<>|#+\-.)])/g, "$1")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function dice(a: string, b: string): number {
  const left = new Set(letters(a).split(" "));
  const right = new Set(letters(b).split(" "));
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size || 1);
}

/** One-to-one matches of proposals to encoded items, best first. */
function matched(proposed: string[], encoded: string[]): number {
  const pairs: Array<[number, number, number]> = [];
  proposed.forEach((p, i) => {
    encoded.forEach((e, j) => {
      const score = dice(p, e);
      if (score >= 0.8) pairs.push([score, i, j]);
    });
  });
  pairs.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedE = new Set<number>();
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedE.has(j)) continue;
    usedP.add(i);
    usedE.add(j);
  }
  return usedP.size;
}

/** The body's blocks as Markdown source: paragraphs, list items and footnote definitions, split by blank lines and markers. */
function bodyBlocks(body: string): { paragraphs: string[]; all: string[] } {
  const paragraphs: string[] = [];
  const all: string[] = [];
  for (const chunk of body.split(/\n\s*\n/)) {
    const lines = chunk.split("\n");
    if (/^\s*([-*+]|\d+[.)])\s/.test(lines[0]!)) {
      // A list: one item per marker.
      let item = "";
      for (const line of lines) {
        if (/^\s*([-*+]|\d+[.)])\s/.test(line)) {
          if (item) all.push(spaced(item));
          item = line.replace(/^\s*([-*+]|\d+[.)])\s+/, "");
        } else item += ` ${line}`;
      }
      if (item) all.push(spaced(item));
      continue;
    }
    const text = spaced(chunk.replace(/^#{1,6}\s+/, "").replace(/^\[\^[^\]]+\]:\s*/, ""));
    all.push(text);
    if (!/^(#|\[\^|\||>|```|<)/.test(chunk.trim()) && /\p{L}/u.test(text)) paragraphs.push(text);
  }
  return { paragraphs, all };
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(0)} %`;
}

if (!existsSync(seeds)) {
  console.error(`The seeds are not at ${seeds}: set STYRDOK_SEEDS to the folder of the five seed texts.`);
  process.exit(1);
}
const started = performance.now();
const content = await loadContent([join(root, "content")], { cwd: root });
const baseline = performance.now() - started;
const rows: string[] = [];
// The drafts are validated together at the end, beside a copy of the content.
const scratch = mkdtempSync(join(tmpdir(), "styrdok-import-bench-"));
cpSync(join(root, "content"), join(scratch, "content"), { recursive: true });
const totals = { paragraphs: 0, identical: 0, noise: 0, removed: 0, text: 0, kept: 0, p: [0, 0, 0], r: [0, 0, 0], proposed: [0, 0, 0], encoded: [0, 0, 0] };
for (const file of readdirSync(seeds)
  .filter((name) => name.endsWith(".txt"))
  .sort()) {
  const document = content.corpus.documents.find((each) => each.source?.extract === file);
  if (!document) continue;
  const bytes = new Uint8Array(readFileSync(join(seeds, file)));
  const begun = performance.now();
  const read = await readSource(bytes);
  if (!read.ok) throw new Error(`${file}: ${read.problems.map((problem) => problem.code).join(", ")}`);
  const cleaned = clean(read.source, wordsOf(read.source));
  const candidates = proposeCandidates(cleaned.blocks, registryOf(content.corpus, document.counties));
  const draft = writeDraft(read.source, cleaned, candidates, {
    id: `bench-${file.slice(0, 3)}`,
    kind: document.kind,
    counties: document.counties,
    fileName: file,
    today: "2026-12-07",
    taken: new Set(),
  });
  const took = performance.now() - begun;
  const draftFolder = join(scratch, "content/documents", `bench-${file.slice(0, 3)}`);
  mkdirSync(draftFolder);
  for (const [name, text] of draft.files) writeFileSync(join(draftFolder, name), text);

  const folder = join(root, "content/documents", document.id);
  const chapterFiles = readdirSync(folder).filter((name) => name !== "index.md" && name.endsWith(".md"));
  const encodedText = [readFileSync(join(folder, "index.md"), "utf8"), ...chapterFiles.map((name) => readFileSync(join(folder, name), "utf8"))].join("\n");
  const encodedBodies = chapterFiles.map((name) => readFileSync(join(folder, name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, ""));
  const encoded = bodyBlocks(encodedBodies.join("\n\n"));
  const draftBodies = [...draft.files.entries()].filter(([name]) => name !== "index.md").map(([, text]) => text.replace(/^---\n[\s\S]*?\n---\n/, ""));
  const drafted = bodyBlocks(draftBodies.join("\n\n"));
  const draftSet = new Set(drafted.all);
  const identical = encoded.paragraphs.filter((paragraph) => draftSet.has(paragraph)).length;
  if (process.env.SHOW_MISSES === file.slice(0, 3)) {
    for (const paragraph of encoded.paragraphs.filter((each) => !draftSet.has(each)).slice(0, Number(process.env.SHOW_COUNT ?? 25))) {
      const nearest = drafted.all.map((each) => [dice(each, paragraph), each] as const).sort((a, b) => b[0] - a[0])[0];
      console.log(`ENC: ${paragraph.slice(0, 220)}\nGOT: ${nearest?.[1].slice(0, 220)}\n`);
    }
  }

  // The encoders' links are theirs: "[Polisen](#polismyndigheten)" is the word "Polisen" in the source.
  const encodedLetters = ` ${letters(encodedText.replace(/\]\([^)]*\)/g, "]"))} `;
  const draftLetters = ` ${letters(draftBodies.join("\n") + draft.chapters.map((chapter) => chapter.title).join("\n"))} `;
  let noise = 0;
  let removed = 0;
  let text = 0;
  let kept = 0;
  for (const line of read.source.lines) {
    const tokens = letters(line.text).split(" ").filter(Boolean);
    if (tokens.length === 0) continue;
    // The first and last word of a line may be halves of a hyphenated word.
    const inner = tokens.length >= 3 ? tokens.slice(1, -1).join(" ") : tokens.join(" ");
    if (encodedLetters.includes(` ${inner} `)) {
      text++;
      if (draftLetters.includes(` ${inner} `)) kept++;
    } else {
      if (process.env.SHOW_NOISE === file.slice(0, 3)) console.log(`NOISE ${draftLetters.includes(` ${inner} `) ? "kept" : "removed"} ${line.line}: ${line.text}`);
      noise++;
      if (!draftLetters.includes(` ${inner} `)) removed++;
    }
  }
  const byDocument = <T extends { origin: { document?: string }; text: string }>(items: T[]) => items.filter((item) => item.origin.document === document.id).map((item) => item.text);
  const encodedItems = [byDocument(content.corpus.goals), byDocument(content.corpus.measures), byDocument(content.corpus.responsibilities)];
  const proposedItems = [candidates.goals.map((goal) => goal.text), candidates.measures.map((measure) => measure.text), candidates.responsibilities.map((item) => item.text)];
  const cells = encodedItems.map((items, kind) => {
    const hits = matched(proposedItems[kind]!, items);
    totals.p[kind]! += hits;
    totals.proposed[kind]! += proposedItems[kind]!.length;
    totals.encoded[kind]! += items.length;
    return `${ratio(hits, proposedItems[kind]!.length)} / ${ratio(hits, items.length)} (${proposedItems[kind]!.length}/${items.length})`;
  });
  totals.paragraphs += encoded.paragraphs.length;
  totals.identical += identical;
  totals.noise += noise;
  totals.removed += removed;
  totals.text += text;
  totals.kept += kept;
  rows.push(
    `| ${file.slice(0, 3)} ${document.id} | ${ratio(identical, encoded.paragraphs.length)} (${identical}/${encoded.paragraphs.length}) | ${ratio(removed, noise)} (${removed}/${noise}) | ${ratio(kept, text)} | ${cells.join(" | ")} | ERRORS-${file.slice(0, 3)} | ${took.toFixed(0)} ms (${(took / baseline).toFixed(2)}×) |`,
  );
}
const checked = await loadContent([join(scratch, "content")], { cwd: scratch });
rmSync(scratch, { recursive: true, force: true });
const errorsOf = (seed: string) =>
  checked.files.filter((each) => each.path.includes(`documents/bench-${seed}/`)).reduce((sum, each) => sum + each.messages.filter((message) => message.fatal === true).length, 0);
for (const [index, row] of rows.entries()) rows[index] = row.replace(/ERRORS-(\d{3})/, (_, seed: string) => String(errorsOf(seed)));
const totalCells = [0, 1, 2].map((kind) => `${ratio(totals.p[kind]!, totals.proposed[kind]!)} / ${ratio(totals.p[kind]!, totals.encoded[kind]!)} (${totals.proposed[kind]}/${totals.encoded[kind]})`);
console.log(`Import of the seeds against their encodings (${new Date().toISOString().slice(0, 10)}; reading the whole content took ${baseline.toFixed(0)} ms in this run)\n`);
console.log(
  "| seed | paragraphs word for word | noise lines removed | text lines kept | goals P / R (proposed/encoded) | measures P / R | responsibilities P / R | errors in the draft | import time (× reading all content) |",
);
console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const row of rows) console.log(row);
console.log(
  `| all | ${ratio(totals.identical, totals.paragraphs)} (${totals.identical}/${totals.paragraphs}) | ${ratio(totals.removed, totals.noise)} (${totals.removed}/${totals.noise}) | ${ratio(totals.kept, totals.text)} | ${totalCells.join(" | ")} | ${rows.reduce((sum, row) => sum + Number(row.split(" | ").at(-2)), 0)} | |`,
);
