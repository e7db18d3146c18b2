// Benchmark: the stated limits (README, "Limits"). Each row adds one file at or past a limit to a
// content folder of one synthetic document and runs the real `styrdok validate` on it, in a
// process of its own, measured by GNU time: wall time and peak memory, and the findings the file
// got. The last row is a corpus of 20,000 files, which takes minutes; `--files N` changes it, and
// `--files 0` leaves it out. The tests hold the findings to what the README says; this measures.
//
//   npm run toolchain -- pnpm task:bench-limits [--files 20000]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chaptersPerDocument, writeCorpus } from "./corpus.ts";

const { values: options } = parseArgs({ options: { files: { type: "string", default: "20000" } } });
const files = Number(options.files);
const bin = fileURLToPath(new URL("../../packages/cli/src/bin.ts", import.meta.url));
if (!existsSync("/usr/bin/time")) throw new Error("this benchmark measures peak memory with GNU time (/usr/bin/time), which this machine lacks");
const scratch = mkdtempSync(join(tmpdir(), "styrdok-bench-limits-"));

const megabyte = "a".repeat(1024 * 1024);
const labels = Array.from({ length: 100_000 }, (_, index) => index.toString(36));
const chapter = (frontmatter: string, body: string) => `---\ntype: chapter\nid: dok-0-x\ntitle: X\n${frontmatter}---\n${body}`;

/** A chapter of plain prose exactly `bytes` long. */
function chapterOf(bytes: number): string {
  const paragraph = "Våldet i nära relationer ska minska i hela länet, och alla som utsätts ska få stöd.\n\n";
  const text = chapter("", paragraph.repeat(Math.floor((bytes - chapter("", "").length - 1) / Buffer.byteLength(paragraph))));
  return `${text}${"x".repeat(bytes - Buffer.byteLength(text) - 1)}\n`;
}

function itemsChapter(count: number): string {
  const goals: string[] = [];
  const measures: string[] = [];
  const prose: string[] = [];
  for (let index = 0; index < count / 2; index++) {
    goals.push(`  - id: x-mal-${index}\n    level: mal\n    text: "Mål ${index}: våldet ska minska."\n`);
    measures.push(`  - id: x-atgard-${index}\n    kind: measure\n    text: "Åtgärd ${index}: kommunerna utbildar personal."\n    goals: [x-mal-${index}]\n    responsible: [aktor-${index % 50}]\n`);
    prose.push(`Mål ${index}: våldet ska minska.\n\n- Åtgärd ${index}: kommunerna utbildar personal.\n`);
  }
  return chapter(`goals:\n${goals.join("")}measures:\n${measures.join("")}`, prose.join("\n"));
}

/** The rows: what the file is, and its text (none: the synthetic document alone). */
const rows: Array<[string, string | undefined]> = [
  ["the synthetic document alone (10 files)", undefined],
  ["a file of exactly 2 MiB", chapterOf(2 * 1024 * 1024)],
  ["a file of 2 MiB and one byte", chapterOf(2 * 1024 * 1024 + 1)],
  ["a chapter of 5,000 items", itemsChapter(5_000)],
  ["frontmatter: 10,000 `[`", chapter(`note: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`, "Text.\n")],
  ["frontmatter: 10,000 `{a: `", chapter(`note: ${"{a: ".repeat(10_000)}1${"}".repeat(10_000)}\n`, "Text.\n")],
  ["frontmatter: 1,000,000 `- ` on one line", chapter(`note:\n  ${"- ".repeat(1_000_000)}x\n`, "Text.\n")],
  ["body: 10,000 `>`", chapter("", `${">".repeat(10_000)} citat\n`)],
  ["body: 10,000 `- `", chapter("", `${"- ".repeat(10_000)}punkt\n`)],
  ["body: 5,000 `> - `", chapter("", `${"> - ".repeat(5_000)}punkt\n`)],
  ["body: 10,000 links in links", chapter("", `${"[".repeat(10_000)}x${"](#a)".repeat(10_000)}\n`)],
  ["body: 10,000 `*` around a word", chapter("", `${"*".repeat(10_000)}x${"*".repeat(10_000)}\n`)],
  ["frontmatter: a note of 1 MB", chapter(`note: "${megabyte}"\n`, "Text.\n")],
  ["frontmatter: an id of 1 MB", chapter(`goals:\n  - id: ${megabyte.toUpperCase()}\n    level: mal\n    text: Text.\n`, "Text.\n")],
  ["frontmatter: a reference of 1 MB", chapter(`measures:\n  - id: x-atgard\n    kind: measure\n    text: Text.\n    responsible: [${megabyte}]\n`, "Text.\n")],
  ["body: 100,000 footnotes", chapter("", `Text${labels.map((label) => `[^${label}]`).join("")}\n\n${labels.map((label) => `[^${label}]: x\n`).join("")}`)],
];

interface Measured {
  wallS: number;
  peakMiB: number;
  findings: string;
}

/** `styrdok validate` of a folder, as a process under GNU time. */
function validate(folder: string): Measured {
  const usage = join(scratch, "usage.txt");
  const result = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", usage, process.execPath, bin, "validate", "content", "--format", "json"], {
    cwd: folder,
    encoding: "utf8",
    maxBuffer: 1 << 30,
    env: { ...process.env, NO_COLOR: "1", STYRDOK_CACHE: "off" },
  });
  if (result.status !== 0 && result.status !== 1) throw new Error(`validate exited ${result.status}: ${result.stderr.slice(0, 2000)}`);
  const [wall, rss] = readFileSync(usage, "utf8").trim().split("\n").at(-1)!.split(" ").map(Number) as [number, number];
  const report = JSON.parse(result.stdout) as { findings: Array<{ file: string; line: number; column: number; code: string; message: string }> };
  const own = report.findings.filter((finding) => finding.file.endsWith("09-x.md"));
  const findings = own.map((finding) => `${finding.code} ${finding.line}:${finding.column} (${finding.message.length} characters)`).join(", ") || "none";
  return { wallS: wall, peakMiB: rss / 1024, findings };
}

/** A content folder of `documents` synthetic documents, with `text` as a further chapter of the first. */
function folderWith(name: string, documents: number, text?: string): string {
  const folder = join(scratch, name);
  writeCorpus(join(folder, "content"), documents);
  if (text !== undefined) {
    mkdirSync(join(folder, "content/documents/dok-0"), { recursive: true });
    writeFileSync(join(folder, "content/documents/dok-0/09-x.md"), text);
  }
  return folder;
}

try {
  console.log("| input | findings of its file | wall s | peak MiB |\n|---|---|---:|---:|");
  rows.forEach(([label, text], index) => {
    const measured = validate(folderWith(`row-${index}`, 1, text));
    console.log(`| ${label} | ${measured.findings} | ${measured.wallS.toFixed(1)} | ${measured.peakMiB.toFixed(0)} |`);
    rmSync(join(scratch, `row-${index}`), { recursive: true, force: true });
  });
  if (files > 0) {
    const documents = Math.ceil((files - 1) / (chaptersPerDocument + 1));
    const measured = validate(folderWith("files", documents));
    console.log(`| ${documents * (chaptersPerDocument + 1) + 1} files (${documents} synthetic documents) | ${measured.findings} | ${measured.wallS.toFixed(1)} | ${measured.peakMiB.toFixed(0)} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
