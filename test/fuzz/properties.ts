// The fuzzers' properties (issue 13): what must hold for any input, however broken. Each check
// takes a plain input and throws (node:assert) when the property fails, so that the bounded run
// (fuzz.test.ts), the longer run (run.ts) and a regression test for a fixed input share it.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { fmtCommand } from "../../packages/cli/src/fmt.ts";
import { type Content, contentFileOf, diffContents, formatContent, loadFiles, type ParseOutcome } from "../../packages/core/src/index.ts";
import { parseContentMarkdown } from "../../packages/core/src/markdown.ts";
import { parseContentFile } from "../../packages/core/src/parse.ts";
import { files as smallCorpus } from "../../packages/core/test/corpus-files.ts";
import { repositoryRoot } from "../paths.ts";
import { type Mutation, mutate, mutations, randomFile, randomYaml } from "./inputs.ts";

type VFile = Content["files"][number];

/** Files by path from the repository root (`content/…`), as bytes. */
export type Files = ReadonlyArray<readonly [path: string, bytes: Uint8Array]>;

/** A fixed day, so that a document's validity never depends on when the fuzzer runs. */
const TODAY = "2026-01-01";
const contentRoot = join(repositoryRoot, "content");

// ---------------------------------------------------------------------------------------------
// The corpora: the real content, a document's folder at a time with every registry (the whole of
// it costs a third of a second a load), and the core tests' small corpus.

let real: Files | undefined;

function realFiles(): Files {
  if (!real) {
    const found: Array<[string, Uint8Array]> = [];
    const walk = (folder: string) => {
      for (const name of readdirSync(folder).sort()) {
        const path = join(folder, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith(".md")) found.push([path.slice(repositoryRoot.length), readFileSync(path)]);
      }
    };
    walk(contentRoot);
    real = found;
  }
  return real;
}

/** Every document's folder in content/documents, by name. */
export function documentFolders(): string[] {
  return [...new Set(realFiles().flatMap(([path]) => /^content\/documents\/([^/]+)\//.exec(path)?.[1] ?? []))];
}

const corpora = new Map<string, Files>();

/** A document's files (its index first) and every registry, actors, sources and frameworks. */
export function corpusOf(folder: string): Files {
  let corpus = corpora.get(folder);
  if (!corpus) {
    const own = realFiles().filter(([path]) => path.startsWith(`content/documents/${folder}/`));
    own.sort(([a], [b]) => Number(!a.endsWith("/index.md")) - Number(!b.endsWith("/index.md")) || (a < b ? -1 : 1));
    corpus = [...own, ...realFiles().filter(([path]) => !path.startsWith("content/documents/"))];
    corpora.set(folder, corpus);
  }
  return corpus;
}

/** The file a random file takes the place of, in the small corpus: a chapter of the plan. */
export const RANDOM_SLOT = "content/documents/plan/03-slump.md";

let small: Files | undefined;

/** packages/core/test/corpus-files.ts, with one more chapter, whose text a random file replaces. */
export function smallCorpusFiles(): Files {
  small ??= [
    ...Object.entries(smallCorpus).map(([path, text]) => [`content/${path}`, Buffer.from(text)] as const),
    [RANDOM_SLOT, Buffer.from("---\ntype: chapter\nid: plan-slump\ntitle: Slump\n---\nText.\n")],
  ];
  return small;
}

// ---------------------------------------------------------------------------------------------
// Loading, as `validate` does, from bytes in memory.

function load(files: Files, parseCache: Map<string, ParseOutcome>): Promise<Content> {
  const vfiles = files.map(([path, bytes]) => contentFileOf(join(repositoryRoot, path), bytes, { cwd: repositoryRoot }));
  return loadFiles(vfiles, { cwd: repositoryRoot, roots: [contentRoot], parseCache, today: TODAY });
}

interface Baseline {
  content: Content;
  /** Each file's findings that do not depend on other files, by path. */
  own: Map<string, string[]>;
  /** The Markdown trees of the unchanged files: a run parses only the file it changed. */
  trees: Map<string, ParseOutcome>;
}

const baselines = new WeakMap<Files, Promise<Baseline>>();

function baseline(corpus: Files): Promise<Baseline> {
  let made = baselines.get(corpus);
  if (!made) {
    const trees = new Map<string, ParseOutcome>();
    made = load(corpus, trees).then((content) => ({ content, own: new Map(content.files.map((file) => [file.path, ownFindings(file)])), trees }));
    baselines.set(corpus, made);
  }
  return made;
}

/**
 * Codes of the checks across files (core's checks.ts, after each file's own checks): whether
 * they are reported depends on what other files declare, refer to, serve or quote. A file
 * that is mutated can legitimately change them in other files: an id it declared goes (every
 * reference to it is unresolved, or counted as unchecked while it is broken), an id it gains
 * is declared twice, an actor or goal it named is no longer named, a document's index that
 * breaks leaves its chapters without a document. Every other finding is made from the file's
 * own bytes (reading, YAML, schema, body), and must not change when another file does.
 */
const acrossFiles = new Set([
  "duplicate-id",
  "reference-unresolved",
  "reference-wrong-type",
  "references-unchecked",
  "cycle",
  "link-unresolved",
  "link-missing-hash",
  "text-not-in-body",
  "chapter-without-document",
  "chapter-order-ambiguous",
  "document-without-text",
  "template-field-missing",
  "template-field-foreign",
  "continues-outside-lineage",
  "actor-unreferenced",
  "goal-without-measure",
  "measure-without-responsible",
  "document-expired-not-superseded",
]);

function ownFindings(file: VFile): string[] {
  return file.messages.filter((message) => !acrossFiles.has(String(message.ruleId))).map((message) => `${placeOf(message)} ${message.ruleId}`);
}

function placeOf(message: VFile["messages"][number]): string {
  const end = message.place && "end" in message.place ? `-${message.place.end.line}:${message.place.end.column}` : "";
  return `${message.line}:${message.column}${end}`;
}

/** The text a file's positions count in: as the reader decoded it, or (unreadable) its bytes decoded as well as they go. */
function textOf(file: VFile, bytes: Uint8Array | undefined): string {
  return file.data.source?.readable ? String(file.value) : new TextDecoder().decode(bytes ?? new Uint8Array());
}

/** Every finding names its file, and a 1-based place (start and end) inside that file's text; none is styrdok's own failure. */
function checkPlaces(content: Content, files: Files): void {
  const bytes = new Map(files);
  for (const file of content.files) {
    // Lines end as the reader and vfile-location count them, a lone CR too; the CR of a CRLF is its line's last character, as YAML's ranges count it.
    const lines = textOf(file, bytes.get(file.path)).split(/\n|\r(?!\n)/);
    for (const message of file.messages) {
      const what = `${file.path}:${placeOf(message)} ${message.ruleId}: ${message.reason}`;
      assert.notEqual(message.ruleId, "internal-error", what);
      assert.equal(message.file, file.path, what);
      const start = { line: message.line ?? 0, column: message.column ?? 0 };
      const end = message.place && "end" in message.place ? message.place.end : start;
      for (const point of [start, end]) {
        assert.ok(point.line >= 1 && point.line <= lines.length, `${what}: line ${point.line} of ${lines.length}`);
        assert.ok(point.column >= 1 && point.column <= lines[point.line - 1]!.length + 1, `${what}: column ${point.column} of ${lines[point.line - 1]!.length}`);
      }
      assert.ok(end.line > start.line || (end.line === start.line && end.column >= start.column), `${what}: ends before it starts`);
    }
  }
}

function withFile(corpus: Files, path: string, bytes: Uint8Array): Files {
  return corpus.map(([other, old]) => [other, other === path ? bytes : old] as const);
}

/**
 * The reader and the validator on a corpus where the file at `path` is replaced by `bytes`:
 * loading never throws or rejects; every finding is placed inside its file; and every other
 * file's own findings (see `acrossFiles`) are what they are without the change.
 */
export async function checkReader(corpus: Files, path: string, bytes: Uint8Array): Promise<void> {
  const base = await baseline(corpus);
  const files = withFile(corpus, path, bytes);
  const content = await load(files, new Map(base.trees));
  checkPlaces(content, files);
  for (const file of content.files) {
    if (file.path !== path) assert.deepEqual(ownFindings(file), base.own.get(file.path), `${file.path}, after a change to ${path}`);
  }
}

/**
 * The semantic diff of a corpus whose file at `path` is replaced by `bytes` against itself, each
 * side loaded on its own, is empty; against the unchanged corpus, both ways, it does not throw,
 * and every change is an item of that file.
 */
export async function checkDiff(corpus: Files, path: string, bytes: Uint8Array): Promise<void> {
  const base = await baseline(corpus);
  const files = withFile(corpus, path, bytes);
  const trees = new Map(base.trees);
  const [one, two] = [await load(files, trees), await load(files, trees)];
  const self = diffContents({ name: "a", content: one }, { name: "b", content: two });
  assert.deepEqual({ changes: self.changes, renamedFiles: self.renamedFiles, effects: self.effects }, { changes: [], renamedFiles: [], effects: { actors: [], frameworkGoals: [] } });
  for (const [before, after] of [
    [base.content, one],
    [one, base.content],
  ] as const) {
    const diff = diffContents({ name: "before", content: before }, { name: "after", content: after });
    for (const change of diff.changes) {
      assert.ok(change.before?.file === path || change.after?.file === path, `${change.kind} ${change.id} (${change.before?.file ?? change.after?.file}), after a change to ${path}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// fmt.

/** A text as the validator reads it: its frontmatter's data and its body's Markdown tree; undefined when the reader refuses the bytes. */
function readBack(text: string): { data: unknown; body: string; findings: string[] } | undefined {
  const file = contentFileOf(join(contentRoot, "fmt.md"), Buffer.from(text), { cwd: repositoryRoot });
  if (!file.data.source?.readable) return undefined;
  const parsed = parseContentFile(file, parseContentMarkdown(String(file.value)));
  // Line ends aside: fmt gives a file the line ends its first line has, and a CRLF inside a paragraph is in its text.
  const body = JSON.stringify(
    parsed.tree.children.filter((node) => node.type !== "yaml"),
    (key, value) => (key === "position" ? undefined : typeof value === "string" ? value.replaceAll("\r\n", "\n") : value),
  );
  return { data: parsed.frontmatter?.data ?? parsed.frontmatter?.partial, body, findings: file.messages.map((message) => String(message.ruleId)) };
}

/**
 * `fmt` (core's formatContent) on any text: a text it accepts reads back, as the validator reads
 * it, to the same frontmatter data and the same Markdown tree of the body, and formatting it
 * again changes nothing; a text it refuses it refuses because it cannot read it or does not
 * rewrite it, never because its own printing failed.
 */
export function checkFmt(text: string): void {
  const outcome = formatContent(text);
  if (!outcome.ok) {
    // "unsafe" is formatContent's word for a bug it caught: what it would print does not read back the same.
    assert.ok(["unreadable", "unsupported"].includes(outcome.reason) && outcome.detail !== "", JSON.stringify(outcome));
    return;
  }
  assert.equal(outcome.changed, outcome.text !== text);
  const before = readBack(text);
  if (before) {
    const after = readBack(outcome.text);
    assert.ok(after, "fmt made a readable file unreadable");
    assert.deepEqual(after.data, before.data, "fmt changed the data");
    assert.equal(after.body, before.body, "fmt changed the body's Markdown");
  }
  const again = formatContent(outcome.text);
  assert.deepEqual(again, { ok: true, text: outcome.text, changed: false }, "fmt is not idempotent");
}

/**
 * `styrdok fmt` on one file: it writes exactly what formatContent gives and says so, or leaves the
 * file byte for byte as it was; a file it leaves that is not canonical gets a finding; it never
 * fails on its own (exit 2).
 */
export async function checkFmtCommand(path: string, bytes: Uint8Array): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "styrdok-fuzz-fmt-"));
  try {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    let out = "";
    const code = await fmtCommand([target], false, "en", { cwd: folder, cache: false, today: TODAY }, { cwd: folder, stdout: (text) => (out += text) });
    const after = readFileSync(target);
    const outcome = formatContent(Buffer.from(bytes).toString("utf8"));
    assert.ok(code === 0 || code === 1, `exit ${code}\n${out}`);
    if (!after.equals(bytes)) {
      assert.ok(outcome.ok, out);
      assert.equal(after.toString("utf8"), outcome.text, "it wrote something else than formatContent gives");
      assert.match(out, new RegExp(`^${literal(path)}: formatted$`, "m"));
    } else if (new RegExp(`^${literal(path)}: left untouched$`, "m").test(out)) {
      assert.match(out, new RegExp(`^${literal(path)}:\\d+:\\d+ `, "m"), "a file left untouched has no finding");
      assert.equal(code, 1);
    } else {
      assert.ok(outcome.ok && !outcome.changed, `a file that is not canonical was neither written nor reported\n${out}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------------------------
// The properties, with the number of runs each gets in `npm test`.

/** A real file of a document's corpus, changed. */
export interface RealCase {
  folder: string;
  /** Which file of the corpus (modulo their number): the document's own first, then the registries. */
  file: number;
  changes: Mutation[];
}

const realCase = (): fc.Arbitrary<RealCase> => fc.record({ folder: fc.constantFrom(...documentFolders()), file: fc.nat(), changes: mutations });

/** The file a real case changes, and its bytes after the change. */
export function applied(input: RealCase): { corpus: Files; path: string; bytes: Uint8Array } {
  const corpus = corpusOf(input.folder);
  const [path, bytes] = corpus[input.file % corpus.length]!;
  return { corpus, path, bytes: mutate(bytes, input.changes) };
}

/** A real file with random fields put into its frontmatter, for fmt: the schema's context, and odd values in it. */
const realWithFields = (): fc.Arbitrary<string> =>
  fc.tuple(fc.nat(), randomYaml, fc.nat()).map(([file, yaml, at]) => {
    const files = realFiles();
    const lines = Buffer.from(files[file % files.length]![1])
      .toString("utf8")
      .split("\n");
    const end = Math.max(1, lines.indexOf("---", 1));
    lines.splice(1 + (at % end), 0, yaml);
    return lines.join("\n");
  });

export interface FuzzProperty<T = never> {
  name: string;
  /** Runs in the bounded run (npm test): together, a few seconds. */
  runs: number;
  arbitrary: () => fc.Arbitrary<T>;
  check: (input: T) => Promise<void> | void;
}

const property = <T>(definition: FuzzProperty<T>) => definition as unknown as FuzzProperty<unknown>;

export const properties: Array<FuzzProperty<unknown>> = [
  property<RealCase>({
    name: "reader and validator: a real file changed",
    runs: 15,
    arbitrary: realCase,
    check: (input) => {
      const { corpus, path, bytes } = applied(input);
      return checkReader(corpus, path, bytes);
    },
  }),
  property<string>({
    name: "reader and validator: a random file",
    runs: 60,
    arbitrary: () => randomFile,
    check: (text) => checkReader(smallCorpusFiles(), RANDOM_SLOT, Buffer.from(text)),
  }),
  property<RealCase>({
    name: "fmt: a real file changed",
    runs: 100,
    arbitrary: realCase,
    check: (input) => checkFmt(Buffer.from(applied(input).bytes).toString("utf8")),
  }),
  property<string>({
    name: "fmt: random frontmatter and body",
    runs: 150,
    arbitrary: () => fc.oneof(randomFile, realWithFields()),
    check: checkFmt,
  }),
  property<RealCase>({
    name: "styrdok fmt: a real file changed",
    runs: 20,
    arbitrary: realCase,
    check: (input) => {
      const { path, bytes } = applied(input);
      return checkFmtCommand(path, bytes);
    },
  }),
  property<RealCase>({
    name: "diff: a changed tree against itself, and against the tree unchanged",
    runs: 5,
    arbitrary: realCase,
    check: (input) => {
      const { corpus, path, bytes } = applied(input);
      return checkDiff(corpus, path, bytes);
    },
  }),
];

/** Checks one input of the property with this name: what a failure of the longer run prints as a test to paste. */
export function checkCase(name: string, input: unknown): Promise<void> | void {
  const fuzz = properties.find((candidate) => candidate.name === name);
  if (!fuzz) throw new Error(`no property "${name}"`);
  return fuzz.check(input);
}

// ---------------------------------------------------------------------------------------------
// How the runs are set: a fixed seed, so that `npm test` is the same every time, unless asked.

/** STYRDOK_FUZZ_SEED: the seed of the bounded run (a longer run prints the one it used). */
export const fuzzSeed = Number(process.env.STYRDOK_FUZZ_SEED ?? 20261207);

/** STYRDOK_FUZZ_RUNS: runs of every property, in place of each one's bounded number. */
export function runsOf(fuzz: FuzzProperty<unknown>): number {
  const runs = Number(process.env.STYRDOK_FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs : fuzz.runs;
}

/** A property for fast-check, with a hook that sees each input before it runs (the longer run's watchdog). */
export function asProperty(fuzz: FuzzProperty<unknown>, onRun?: (input: unknown) => void) {
  return fc.asyncProperty(fuzz.arbitrary(), async (input) => {
    onRun?.(input);
    await fuzz.check(input);
  });
}
