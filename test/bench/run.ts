// `npm run bench`: what styrdok costs at 10, 100 and 1,000 documents, against the least any tool
// must do (the floor) and a peer, measured on the same files in the same run.
//
// Every row is a process of its own, measured by /usr/bin/time (CPU of the process and of the
// children it waited for, and its peak memory), its runs interleaved with the other rows' so that
// the machine's noise falls on all alike. Ratios to the floor are the figures that count: on a
// shared machine absolute times are noise, and CPU time says more than wall time (see
// BENCHMARKS.md). The table is printed, and everything measured is written to BENCHMARKS.json.
//
//   npm run bench [-- --sizes 10,100,1000] [--runs 3] [--site-runs 1] [--site-all] [--quick] [--out FILE]
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, platform, release, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { serveDirectory } from "../../site/scripts/serve.ts";
import { launchChromium, newContext } from "../site/browser.ts";
import { changedChapter, changeOneDocument, chaptersPerDocument, commitCorpus, median, writeCorpus } from "./corpus.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "packages/cli/src/bin.ts");
const usage = "npm run bench -- [--sizes 10,100,1000] [--runs N] [--site-runs N] [--site-all] [--quick] [--out FILE]";

const { values: options } = parseArgs({
  options: {
    sizes: { type: "string" },
    runs: { type: "string" },
    "site-runs": { type: "string" },
    "site-all": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (options.help) {
  console.log(usage);
  process.exit(0);
}
const whole = (value: string | undefined, fallback: number, name: string): number => {
  const number = Number(value ?? fallback);
  if (!Number.isInteger(number) || number < 1) throw new Error(`${name} must be a whole number from 1 up, not ${JSON.stringify(value)} (${usage})`);
  return number;
};
// --quick: the smallest corpus that has a document to change beside another, every row once.
const sizes = options.quick ? [2] : (options.sizes ?? "10,100,1000").split(",").map((size) => whole(size.trim(), 0, "--sizes"));
if (sizes.some((size) => size < 2)) throw new Error("--sizes: every corpus needs at least 2 documents (one of them is changed for the diff)");
const runs = options.quick ? 1 : whole(options.runs, 3, "--runs");
const siteRuns = options.quick ? 1 : whole(options["site-runs"], 1, "--site-runs");
// A site of 1,000 documents has about 190,000 pages: only when asked for.
const siteLimit = options["site-all"] ? Number.POSITIVE_INFINITY : 100;
const outFile = options.out ?? join(root, "BENCHMARKS.json");
const scratch = mkdtempSync(join(tmpdir(), "styrdok-bench-"));

interface Sample {
  wallMs: number;
  cpuMs: number;
  maxRssKiB: number;
}

// GNU time counts the CPU of the children a process waited for (git, in `diff`) and reports the
// peak memory of the largest. Without it every row is a Node process, so a module preloaded into
// each reports its own resource usage as it exits (worker threads included; child processes not).
const timeBinary = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;
const preload = join(scratch, "resource-usage.mjs");
writeFileSync(
  preload,
  `import { appendFileSync } from "node:fs";
process.on("exit", () => {
  const usage = process.resourceUsage();
  appendFileSync(process.env.STYRDOK_BENCH_USAGE, \`\${usage.userCPUTime / 1e6} \${usage.systemCPUTime / 1e6} \${usage.maxRSS}\\n\`);
});
`,
);

/** Runs a command to its end and measures it; a failure stops the benchmark, since its figures would mean nothing. */
function measure(command: string[], cwd: string, env: Record<string, string> = {}): Sample {
  const report = join(scratch, "usage.txt");
  rmSync(report, { force: true });
  const timed = timeBinary ? [timeBinary, "-f", "%U %S %M", "-o", report, ...command] : command;
  const extra = timeBinary ? {} : { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${pathToFileURL(preload).href}`, STYRDOK_BENCH_USAGE: report };
  const started = performance.now();
  const result = spawnSync(timed[0]!, timed.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1", ...env, ...extra } });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${command.join(" ")} (in ${cwd}) exited ${result.status}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`);
  // One line per process (the preload) or one for the whole tree (GNU time, after any notes of its own).
  const lines = readFileSync(report, "utf8")
    .trim()
    .split("\n")
    .filter((line) => /^[\d.]+ [\d.]+ \d+$/.test(line));
  const usage = lines.map((line) => line.split(" ").map(Number) as [number, number, number]);
  return { wallMs, cpuMs: usage.reduce((sum, [user, system]) => sum + (user + system) * 1000, 0), maxRssKiB: Math.max(...usage.map(([, , rss]) => rss)) };
}

/** Whether a command exits with a failure: the floor and the peer must reject a broken file, or they measure nothing. */
function rejects(command: string[], cwd: string): boolean {
  return spawnSync(command[0]!, command.slice(1), { cwd, encoding: "utf8", maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: "1" } }).status !== 0;
}

// The floor: read each file, split off its frontmatter, parse it with yaml, validate it with one
// compiled ajv validator chosen by its `type:`, nothing else. styrdok's own schema keywords are
// registered as keywords that check nothing, and a bare year in a date becomes a string, as
// styrdok reads it (packages/core/src/schemas.ts); otherwise the floor would reject the corpus.
const floorScript = join(scratch, "floor.mjs");
writeFileSync(
  floorScript,
  `import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
const fromRoot = createRequire(${JSON.stringify(join(root, "package.json"))});
const fromCore = createRequire(${JSON.stringify(join(root, "packages/core/package.json"))});
const YAML = fromRoot("yaml");
const { Ajv2020 } = fromCore("ajv/dist/2020.js");
const addFormats = fromCore("ajv-formats").default;
const schemaDirectory = ${JSON.stringify(join(root, "schemas"))};
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv, ["date", "uri"]);
ajv.addFormat("partial-date", /^\\d{4}(-\\d{2}(-\\d{2})?)?$/);
for (const keyword of ["styrdokId", "styrdokRef", "styrdokVerbatim", "styrdokWords", "styrdokLabel"]) ajv.addKeyword(keyword);
const schemas = readdirSync(schemaDirectory).filter((name) => name.endsWith(".schema.json")).map((name) => JSON.parse(readFileSync(join(schemaDirectory, name), "utf8")));
for (const schema of schemas) ajv.addSchema(schema);
const validators = Object.fromEntries(["document", "chapter", "actors", "sources", "framework"].map((type) => [type, ajv.getSchema(type + ".schema.json")]));
const dateKeys = new Set();
const walk = (node) => {
  if (node === null || typeof node !== "object") return;
  for (const [key, property] of Object.entries(node.properties ?? {})) if (property.$ref?.endsWith("/$defs/PartialDate")) dateKeys.add(key);
  for (const child of Object.values(node)) walk(child);
};
schemas.forEach(walk);
const yearsToDates = (node) => {
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (dateKeys.has(key) && Number.isInteger(value)) node[key] = String(value);
    else yearsToDates(value);
  }
};
let failures = 0;
for (const entry of readdirSync(process.argv[2], { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
  const text = readFileSync(join(entry.parentPath, entry.name), "utf8");
  const end = text.indexOf("\\n---", 3);
  const data = text.startsWith("---\\n") && end !== -1 ? YAML.parse(text.slice(4, end + 1)) : undefined;
  yearsToDates(data);
  const validate = validators[data?.type];
  if (!validate?.(data)) {
    failures++;
    console.error(join(entry.parentPath, entry.name), validate?.errors ?? "no type");
  }
}
process.exitCode = failures > 0 ? 1 : 0;
`,
);

const remarkCli = join(root, "node_modules/remark-cli/cli.js");

/**
 * The peer, remark-lint-frontmatter-schema through remark-cli, configured as fairly as it allows:
 * one schema per file type through its `schemas` mapping. Its ajv speaks draft-07, so it is told
 * not to check the schemas against their 2020-12 meta-schema (it would refuse them) and given the
 * `partial-date` format; and since it cannot read a bare year as a date as styrdok does, its copy
 * of the schemas accepts a year as a number. Without these it reports every file as broken.
 */
function configurePeer(dir: string): void {
  const schemas = join(dir, "peer-schemas");
  cpSync(join(root, "schemas"), schemas, { recursive: true });
  const defsFile = join(schemas, "defs.schema.json");
  const defs = JSON.parse(readFileSync(defsFile, "utf8"));
  defs.$defs.PartialDate.type = ["string", "integer"];
  writeFileSync(defsFile, JSON.stringify(defs));
  const config = {
    schemas: {
      "peer-schemas/document.schema.json": ["content/documents/*/index.md"],
      "peer-schemas/chapter.schema.json": ["content/documents/*/[0-9]*.md"],
      "peer-schemas/actors.schema.json": ["content/actors/*.md"],
    },
    ajvOptions: { validateSchema: false, formats: { "partial-date": true } },
  };
  writeFileSync(
    join(dir, ".remarkrc.mjs"),
    `import frontmatter from ${JSON.stringify(import.meta.resolve("remark-frontmatter"))};
import frontmatterSchema from ${JSON.stringify(import.meta.resolve("remark-lint-frontmatter-schema"))};
export default { plugins: [[frontmatter, ["yaml"]], [frontmatterSchema, ${JSON.stringify(config)}]] };
`,
  );
}

interface Row {
  id: string;
  label: string;
  command: string[];
  /** What is done, untimed, before each run of the row. */
  prepare?: () => void;
  env?: Record<string, string>;
}

/** The chapter the "one chapter edited" row changes before each of its runs (not the one `diff` compares). */
const editedChapter = "documents/dok-0/02-kapitel.md";

/** Adds a paragraph to the end of a file's body, or takes it away again: a new text on every call. */
function toggleParagraph(file: string): void {
  const text = readFileSync(file, "utf8");
  const paragraph = "\nEn mening som läggs till och tas bort.\n";
  writeFileSync(file, text.endsWith(paragraph) ? text.slice(0, -paragraph.length) : text + paragraph);
}

function rowsFor(dir: string): Row[] {
  const node = process.execPath;
  const cache = join(dir, ".styrdok-cache");
  return [
    { id: "floor", label: "floor: read, yaml, one ajv validator per type", command: [node, floorScript, "content"] },
    { id: "peer", label: "peer: remark-cli + remark-lint-frontmatter-schema", command: [node, remarkCli, "content", "--quiet", "--frail", "--no-stdout"] },
    { id: "validate-cold", label: "styrdok validate, cold (no content cache; it writes one)", command: [node, bin, "validate"], prepare: () => rmSync(cache, { recursive: true, force: true }) },
    { id: "validate-warm", label: "styrdok validate, warm (the cache of the run before)", command: [node, bin, "validate"] },
    { id: "validate-no-cache", label: "styrdok validate, STYRDOK_CACHE=off", command: [node, bin, "validate"], env: { STYRDOK_CACHE: "off" } },
    {
      id: "validate-edited",
      label: "styrdok validate <one chapter>, that chapter edited, warm",
      command: [node, bin, "validate", join("content", editedChapter)],
      prepare: () => toggleParagraph(join(dir, "content", editedChapter)),
    },
    { id: "validate-one-file", label: "styrdok validate <one chapter>, warm", command: [node, bin, "validate", join("content", changedChapter)] },
    { id: "export", label: "styrdok export --format json --out FILE", command: [node, bin, "export", "--format", "json", "--out", join(dir, "export.json")] },
    { id: "diff", label: "styrdok diff HEAD (one document changed)", command: [node, bin, "diff", "HEAD"] },
  ];
}

interface Spread {
  median: number;
  min: number;
  max: number;
}
const spread = (values: number[]): Spread => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

interface RowResult {
  id: string;
  label: string;
  command: string;
  wallMs: Spread;
  cpuMs: Spread;
  maxRssKiB: Spread;
  cpuVsFloor: number;
  rssVsFloor: number;
}

interface SiteResult {
  pages: number;
  buildWallMs: Spread;
  buildCpuMs: Spread;
  cpuMsPerPage: number;
  maxRssKiB: number;
  pagefindBytes: number;
  /** Absent when no hit was drawn in time: `searchFailure` says why, and the build's figures still count. */
  firstResultMs?: Spread;
  searchFailure?: string;
  query: string;
}

interface SizeResult {
  documents: number;
  /** How many times each row ran (the same for every corpus of one run; kept here so that runs can be put side by side). */
  runs: number;
  files: number;
  bytes: number;
  rows: RowResult[];
  peerVsValidate: number;
  site?: SiteResult;
}

function bytesUnder(folder: string): number {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const query = "våld";

/** Time from typing a query on the search page to the first hit drawn, in a fresh Chromium context each time. */
async function firstSearchResults(dist: string, times: number): Promise<number[]> {
  const server = await serveDirectory(dist);
  const browser = await launchChromium();
  try {
    const results: number[] = [];
    for (let time = 0; time < times; time++) {
      const context = await newContext(browser);
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sok/`);
      const input = page.locator("#sokfalt");
      await input.waitFor();
      const started = performance.now();
      await input.fill(query);
      await page.locator("[data-search-root] .search-hit-title").first().waitFor();
      results.push(performance.now() - started);
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

async function measureSite(content: string, documents: number): Promise<SiteResult> {
  const dist = join(scratch, `site-${documents}`);
  // No history: the corpus has one commit, and what the history costs is not what this row measures.
  const env = { STYRDOK_CONTENT: content, STYRDOK_HISTORY_LIMIT: "0", STYRDOK_TODAY: "2026-11-22" };
  const samples: Sample[] = [];
  for (let run = 0; run < siteRuns; run++) samples.push(measure([process.execPath, join(root, "site/scripts/build.ts"), dist], root, env));
  const pages = readdirSync(dist, { recursive: true }).filter((name) => String(name).endsWith(".html")).length;
  const cpu = spread(samples.map((sample) => sample.cpuMs));
  const site: SiteResult = {
    pages,
    buildWallMs: spread(samples.map((sample) => sample.wallMs)),
    buildCpuMs: cpu,
    cpuMsPerPage: cpu.median / pages,
    maxRssKiB: Math.max(...samples.map((sample) => sample.maxRssKiB)),
    pagefindBytes: bytesUnder(join(dist, "pagefind")),
    query,
  };
  try {
    site.firstResultMs = spread(await firstSearchResults(dist, Math.max(runs, 3)));
  } catch (error) {
    site.searchFailure = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    process.stderr.write(`  ${documents} documents: no search hit measured (${site.searchFailure})\n`);
  }
  rmSync(dist, { recursive: true, force: true });
  return site;
}

const seconds = (ms: number) => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const mib = (kib: number) => (kib / 1024).toFixed(0);
const range = (value: Spread, format: (n: number) => string) => `${format(value.median)} (${format(value.min)}–${format(value.max)})`;

function tables(results: SizeResult[]): string {
  const lines = [`| documents | row | CPU s, median (min–max) | wall s, median (min–max) | CPU ÷ floor | peak MiB | memory ÷ floor |`, `|---:|---|---|---|---:|---:|---:|`];
  for (const size of results) {
    for (const row of size.rows) {
      lines.push(
        `| ${size.documents} | ${row.label} | ${range(row.cpuMs, seconds)} | ${range(row.wallMs, seconds)} | ${row.cpuVsFloor.toFixed(2)} | ${mib(row.maxRssKiB.median)} | ${row.rssVsFloor.toFixed(2)} |`,
      );
    }
  }
  lines.push("");
  lines.push("| documents | files | MB | peer CPU ÷ styrdok validate CPU |", "|---:|---:|---:|---:|");
  for (const size of results) lines.push(`| ${size.documents} | ${size.files} | ${(size.bytes / 1e6).toFixed(1)} | ${size.peerVsValidate.toFixed(2)} |`);
  const sites = results.filter((size) => size.site);
  if (sites.length > 0) {
    lines.push(
      "",
      `| documents | pages | build CPU s | build wall s | CPU ms per page | peak MiB | Pagefind index MB | first search hit in Chromium, ms (min–max) |`,
      `|---:|---:|---:|---:|---:|---:|---:|---|`,
    );
    for (const { documents, site } of sites) {
      lines.push(
        `| ${documents} | ${site!.pages} | ${range(site!.buildCpuMs, seconds)} | ${range(site!.buildWallMs, seconds)} | ${site!.cpuMsPerPage.toFixed(1)} | ${mib(site!.maxRssKiB)} | ${(site!.pagefindBytes / 1e6).toFixed(1)} | ${site!.firstResultMs ? range(site!.firstResultMs, (n) => n.toFixed(0)) : `none: ${site!.searchFailure}`} |`,
      );
    }
  }
  return lines.join("\n");
}

/** Every process row of one corpus, `runs` times, interleaved; the order of the rows turns with each run. */
function measureCorpus(documents: number): SizeResult {
  const dir = join(scratch, `documents-${documents}`);
  const content = join(dir, "content");
  const bytes = writeCorpus(content, documents);
  commitCorpus(dir);
  changeOneDocument(content);
  configurePeer(dir);
  const rows = rowsFor(dir);
  // The warm run comes right after the cold one, so those two stay together; every row after
  // them finds the cache a cold run wrote (in the first run too: the cold group comes early).
  const groups = [["floor"], ["peer"], ["validate-cold", "validate-warm"], ["validate-no-cache"], ["validate-edited"], ["validate-one-file"], ["export"], ["diff"]];
  const samples = new Map<string, Sample[]>(rows.map((row) => [row.id, []]));
  measure(rows[0]!.command, dir); // the files into the operating system's cache before anything is timed
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`  ${documents} documents: run ${run + 1} of ${runs}\n`);
    for (let index = 0; index < groups.length; index++) {
      for (const id of groups[(index + run) % groups.length]!) {
        const row = rows.find((candidate) => candidate.id === id)!;
        row.prepare?.();
        samples.get(id)!.push(measure(row.command, dir, row.env));
      }
    }
  }
  const floor = samples.get("floor")!;
  const floorCpu = median(floor.map((sample) => sample.cpuMs));
  const floorRss = median(floor.map((sample) => sample.maxRssKiB));
  const results = rows.map((row): RowResult => {
    const taken = samples.get(row.id)!;
    const cpuMs = spread(taken.map((sample) => sample.cpuMs));
    const maxRssKiB = spread(taken.map((sample) => sample.maxRssKiB));
    return {
      id: row.id,
      label: row.label,
      command: row.command.map((part) => part.replace(root, "").replace(scratch, "$TMP")).join(" "),
      wallMs: spread(taken.map((sample) => sample.wallMs)),
      cpuMs,
      maxRssKiB,
      cpuVsFloor: cpuMs.median / floorCpu,
      rssVsFloor: maxRssKiB.median / floorRss,
    };
  });
  const cpuOf = (id: string) => results.find((row) => row.id === id)!.cpuMs.median;
  return { documents, runs, files: documents * (chaptersPerDocument + 1) + 1, bytes, rows: results, peerVsValidate: cpuOf("peer") / cpuOf("validate-cold") };
}

/** The floor, the peer and styrdok each exit with a failure on a file its schema rejects. */
function checkThatEveryToolValidates(): void {
  const dir = join(scratch, "broken");
  const content = join(dir, "content");
  writeCorpus(content, 2);
  configurePeer(dir);
  const file = join(content, changedChapter);
  writeFileSync(file, readFileSync(file, "utf8").replace("level: mal", "level: 42"));
  for (const row of rowsFor(dir).filter((row) => ["floor", "peer", "validate-cold"].includes(row.id))) {
    if (!rejects(row.command, dir)) throw new Error(`${row.label} accepts a chapter whose goal has level: 42; its figures would measure no validation`);
  }
  rmSync(dir, { recursive: true, force: true });
}

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  os: `${platform()} ${release()}`,
  loadAtStart: loadavg().map((load) => Number(load.toFixed(2))),
};
const report: {
  date: string;
  machine: typeof machine & { loadAtEnd?: number[] };
  runs: number;
  siteRuns: number;
  measuredWith: string;
  sizes: SizeResult[];
} = {
  date: new Date().toISOString(),
  machine,
  runs,
  siteRuns,
  measuredWith: timeBinary ? "GNU time (CPU of the process and the children it waited for, peak RSS of the largest)" : "process.resourceUsage() of each Node process",
  sizes: [],
};

try {
  process.stderr.write(`styrdok bench: ${sizes.join(", ")} documents, ${runs} interleaved runs, ${machine.cpus} cores, Node ${machine.node}\n`);
  checkThatEveryToolValidates();
  for (const documents of sizes) {
    const result = measureCorpus(documents);
    if (documents <= siteLimit) {
      process.stderr.write(`  ${documents} documents: the site\n`);
      result.site = await measureSite(join(scratch, `documents-${documents}`, "content"), documents);
    }
    rmSync(join(scratch, `documents-${documents}`), { recursive: true, force: true });
    report.sizes.push(result);
    // Written after each corpus, so that a long run stopped part-way keeps what it measured.
    report.machine.loadAtEnd = loadavg().map((load) => Number(load.toFixed(2)));
    mkdirSync(join(outFile, ".."), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  console.log(tables(report.sizes));
  console.log(
    `\n${report.date.slice(0, 10)}, ${machine.cpus} × ${machine.cpuModel}, Node ${machine.node}, load ${machine.loadAtStart.join(" ")} → ${report.machine.loadAtEnd?.join(" ")}. Written to ${outFile}.`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
