// The content cache must never change what a run says: a run served by the cache reports, models
// and exports exactly what a run that reads every file reports, whatever the files hold.

import { execFileSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { deserialize, serialize } from "node:v8";
import { VFile } from "vfile";
import { afterAll, describe, expect, it } from "vitest";
import { type Content, ContentCache, exportJson, Finding, lazyParses, loadContent, toExport } from "../src/index.ts";
import { reportOf } from "./kept.ts";

const repository = resolve(import.meta.dirname, "../../..");
const TODAY = "2026-01-01";
const scratch = mkdtempSync(join(tmpdir(), "styrdok-cache-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** One piece of the cache's file: its length, then its bytes. */
function chunk(value: unknown): Buffer {
  const bytes = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(bytes.length);
  return Buffer.concat([length, bytes]);
}

/** A copy of a content folder in a scratch folder of its own, as `<folder>/content`. */
function copyOf(source: string, name: string): string {
  const folder = join(scratch, name);
  cpSync(source, join(folder, "content"), { recursive: true });
  return folder;
}

function load(folder: string, cache: boolean | string, keepTrees = false): Promise<Content> {
  return loadContent([join(folder, "content")], { cwd: folder, today: TODAY, cache, keepTrees });
}

/** A copy of the real content, what a run without cache reports on it, and the cache file a first run wrote. */
async function cachedCopy(name: string): Promise<{ folder: string; fresh: string[]; path: string }> {
  const folder = copyOf(join(repository, "content"), name);
  const fresh = reportOf(await load(folder, false));
  await load(folder, true);
  const [pack] = readdirSync(join(folder, ".styrdok-cache")).filter((entry) => entry.endsWith(".v8"));
  return { folder, fresh, path: join(folder, ".styrdok-cache", pack!) };
}

/** Everything a run tells: its findings, and its model as exported, with each chapter's Markdown tree. */
function told(content: Content): { findings: string[]; exported: string; trees: unknown[] } {
  const exported = exportJson(toExport({ corpus: content.corpus, graph: content.graph, exportPath: content.exportPath }));
  // Trees without positions' offsets would hide a shifted body; compare them whole.
  const trees = content.corpus.chapters.map((chapter) => chapter.tree);
  return { findings: reportOf(content), exported, trees };
}

const cases: Array<[string, string]> = [
  ["the real content", join(repository, "content")],
  ["the graph fixture", join(repository, "test/fixtures/graph")],
  ["a file with a byte order mark", join(repository, "test/fixtures/valid/bom")],
  ["files with CRLF line endings", join(repository, "test/fixtures/valid/crlf")],
  ...readdirSync(join(repository, "test/fixtures/bad-input"))
    .filter((name) => !name.startsWith("."))
    .map((name): [string, string] => [`bad input: ${name}`, join(repository, "test/fixtures/bad-input", name)]),
];

describe("the content cache", () => {
  it.each(cases)("serves %s as if every file were read", async (_name, source) => {
    const folder = copyOf(source, `same-${cases.findIndex(([, path]) => path === source)}`);
    const fresh = told(await load(folder, false, true));
    const first = await load(folder, true);
    // A folder of unreadable files only gives the cache nothing to keep.
    expect(first.cache).toMatchObject({ hits: 0, written: first.cache!.misses > 0 });
    expect(told(first)).toEqual(fresh);
    const second = await load(folder, true);
    // Every readable file came from the cache, and the cache was not written again.
    expect(second.cache).toMatchObject({ misses: 0, written: false });
    expect(second.cache!.hits).toBe(first.cache!.misses);
    expect(told(second)).toEqual(fresh);
  });

  it("reads again only the file that changed, and forgets the text it had", async () => {
    const folder = copyOf(join(repository, "content"), "edited");
    await load(folder, true);
    const chapter = join(folder, "content/documents/dalarna-lansstrategi-2015/01-inledning.md");
    const original = readFileSync(chapter, "utf8");
    writeFileSync(chapter, original.replace("id: dalarna-lansstrategi-2015-inledning", "id: dalarna-lansstrategi-2015-inledning\nokand: 1"));
    const edited = await load(folder, true);
    expect(edited.cache).toMatchObject({ misses: 1, written: true });
    expect(reportOf(edited)).toEqual(reportOf(await load(folder, false)));
    expect(reportOf(edited).some((line) => line.includes("01-inledning.md") && line.includes("schema-unknown-field"))).toBe(true);
    // Back as it was: the first text's record was dropped when the file changed, so it is read again.
    writeFileSync(chapter, original);
    const restored = await load(folder, true);
    expect(restored.cache).toMatchObject({ misses: 1 });
    expect(restored.errors).toBe(0);
  });

  it("keeps a file of its own beside the content folder, ignored by git, or in the folder it is given", async () => {
    const folder = copyOf(join(repository, "test/fixtures/graph"), "where");
    await load(folder, true);
    expect(readdirSync(join(folder, ".styrdok-cache")).sort()).toEqual([".gitignore", expect.stringMatching(/^content-[\w-]+\.v8$/)]);
    expect(readFileSync(join(folder, ".styrdok-cache/.gitignore"), "utf8")).toMatch(/^\*$/m);
    const elsewhere = join(scratch, "elsewhere");
    const own = await load(folder, elsewhere);
    expect(own.cache).toMatchObject({ hits: 0, written: true });
    expect((await load(folder, elsewhere)).cache).toMatchObject({ misses: 0 });
  });

  it("starts over from a cache that is damaged, from another version or another program, and says nothing", async () => {
    const { folder, fresh, path } = await cachedCopy("damaged");
    const damages: Array<[string, () => void]> = [
      ["truncated", () => writeFileSync(path, readFileSync(path).subarray(0, 1000))],
      ["random bytes", () => writeFileSync(path, Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)))],
      ["empty", () => writeFileSync(path, "")],
      ["another version", () => writeFileSync(path, Buffer.concat([chunk({ format: "styrdok content cache 1", version: "an older styrdok", count: 1 }), chunk(["key", { findings: [] }])]))],
      ["not a cache", () => writeFileSync(path, serialize(["something", "else"]))],
      ["extra bytes", () => appendFileSync(path, "trailing")],
    ];
    for (const [damage, apply] of damages) {
      await load(folder, true);
      apply();
      const run = await load(folder, true);
      expect(reportOf(run), damage).toEqual(fresh);
      expect(run.cache, damage).toMatchObject({ hits: 0, written: true });
    }
  });

  it("checks the content when the cache cannot be written", async () => {
    const folder = copyOf(join(repository, "test/fixtures/graph"), "unwritable");
    // A file where the cache's folder would be.
    writeFileSync(join(folder, ".styrdok-cache"), "");
    const run = await load(folder, true);
    expect(run.cache).toMatchObject({ written: false, hits: 0 });
    expect(reportOf(run)).toEqual(reportOf(await load(folder, false)));
  });
  it("reads no file's YAML or Markdown a second time while it validates, cold or warm", async () => {
    const folder = copyOf(join(repository, "content"), "no-reparse");
    const before = { ...lazyParses };
    for (const run of ["cold", "warm"]) {
      const content = await load(folder, true);
      expect(content.errors, run).toBe(0);
      expect(lazyParses, run).toEqual(before);
    }
  });

  it("keeps no cache for a folder that is not named content, unless a folder is named for it", async () => {
    const folder = join(scratch, "loose");
    cpSync(join(repository, "test/fixtures/graph"), folder, { recursive: true });
    const content = await loadContent([folder], { cwd: scratch, today: TODAY, cache: true });
    expect(content.cache).toBeUndefined();
    expect(readdirSync(scratch)).not.toContain(".styrdok-cache");
  });

  it("keeps nothing of a file whose parse failed for a reason of the machine's, or of styrdok's own", () => {
    const folder = join(scratch, "machine");
    const cache = new ContentCache(folder, ["/content"]);
    const file = new VFile({ path: "content/a.md", value: "---\ntype: actors\nactors: []\n---\n" });
    const lost = new Finding("markdown-too-complex", { reason: "the Markdown worker did not start" }, undefined);
    const late = new Finding("markdown-too-complex", { seconds: 10 }, undefined);
    const ours = new Finding("internal-error", { reason: "a bug" }, undefined);
    for (const finding of [lost, late, ours]) expect(cache.keep(file, undefined, [finding])).toBeUndefined();
    cache.save();
    expect(cache.use.written).toBe(false);
    expect(new ContentCache(folder, ["/content"]).revive(file)).toBeUndefined();
  });

  it("uses nothing of a cache whose records this version would not have written, and never waits on a pipe", async () => {
    const { folder, fresh, path } = await cachedCopy("records");
    // The header as written, then every record with its findings replaced by one of a code that does not exist.
    const bytes = readFileSync(path);
    const pieces: Buffer[] = [];
    for (let at = 0; at < bytes.length; ) {
      const length = bytes.readUInt32LE(at);
      pieces.push(bytes.subarray(at, at + 4 + length));
      at += 4 + length;
    }
    const [header, ...records] = pieces;
    const forged = records.map((piece) => {
      const [key, record] = deserialize(piece.subarray(4)) as [string, { findings: unknown[] }];
      return chunk([key, { ...record, findings: [{ code: "no-such-code", params: {}, place: { start: { line: 1, column: 1 } } }] }]);
    });
    writeFileSync(path, Buffer.concat([header!, ...forged]));
    const run = await load(folder, true);
    expect(run.cache).toMatchObject({ hits: 0, written: true });
    expect(reportOf(run)).toEqual(fresh);
    // A named pipe where the cache's file should be: opening it to read would wait for a writer forever.
    rmSync(path);
    execFileSync("mkfifo", [path]);
    const piped = await load(folder, true);
    expect(reportOf(piped)).toEqual(fresh);
    expect(statSync(path).isFIFO() || statSync(path).isFile()).toBe(true);
  });
});
