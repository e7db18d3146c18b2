// The content cache: what reading each file came to (its own findings, its validated frontmatter,
// what its body says), kept on disk between runs so that a file whose text has not changed is
// neither parsed nor validated again. Only the corpus-wide checks run over everything, on these
// summaries. A record is found by the file's path and text; the whole cache belongs to one
// version of styrdok (its code, its schemas, its dependencies and Node) and is ignored by any
// other. It is a plain file in a git-ignored folder: deleting it costs one cold run, and a cache
// that cannot be read is a cache that is empty. A well-formed record is trusted: the cache must
// be the machine's own, never one that came with the content.
import { createHash } from "node:crypto";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { type Body, bodyMarkdown, bodyOffset } from "./body.ts";
import { type Code, Finding, type FindingParams, type Place, report } from "./messages.ts";
import type { ContentEntry } from "./model.ts";
import { type CompactFrontmatter, compactFrontmatter, compactParsedFile } from "./parse.ts";
import type { ValidatedFrontmatter } from "./schemas.ts";

/** The name of the cache's folder, in the folder that holds the content folder. */
export const CACHE_FOLDER = ".styrdok-cache";

/** A finding as the cache keeps it: enough to make the same finding again. */
interface KeptFinding {
  code: Code;
  params: FindingParams[Code];
  place: Place;
  dataPath?: Array<string | number>;
}

/**
 * What reading one file came to. The body's Markdown is not kept: it is the file's text from
 * `bodyStart`. Its blocks (what the model places items in, and nothing else reads) are kept
 * serialised, and read back only when a model is built.
 */
interface CachedRead {
  findings: KeptFinding[];
  entry?: { frontmatter?: CompactFrontmatter; validated: ValidatedFrontmatter; body: Omit<Body, "markdown" | "blocks">; blocks: Uint8Array; bodyStart: number };
}

/** How a run used the cache: for the benchmark and the tests. */
export interface CacheUse {
  hits: number;
  misses: number;
  /** Whether the run wrote the cache again (it does when anything differed). */
  written: boolean;
}

export class ContentCache {
  readonly folder: string;
  readonly use: CacheUse = { hits: 0, misses: 0, written: false };
  #version: string;
  #pack: string;
  #previous: Map<string, CachedRead>;
  #current = new Map<string, CachedRead>();

  /**
   * Opens the cache in `folder` (made when first written) for the content read from `roots`:
   * each set of content folders has a file of its own there, so that two never evict each
   * other's records. A missing, unreadable or outdated cache is an empty one.
   */
  constructor(folder: string, roots: readonly string[]) {
    this.folder = folder;
    // Without a version to check records against, there is no cache: it reads and writes nothing.
    this.#version = codeVersion() ?? "";
    const name = createHash("sha256")
      .update([...roots].sort().join("\0"))
      .digest("base64url")
      .slice(0, 16);
    this.#pack = join(folder, `content-${name}.v8`);
    this.#previous = readPack(this.#pack, this.#version);
  }

  /** Each file's key, hashed once: a file the cache misses is looked up, then kept (a cache serves one run, in which a file's text does not change). */
  #keys = new WeakMap<VFile, string>();

  #keyOf(file: VFile): string {
    let key = this.#keys.get(file);
    if (key === undefined) {
      key = keyOf(file);
      this.#keys.set(file, key);
    }
    return key;
  }

  /** Whether the cache holds records from an earlier run. */
  get warm(): boolean {
    return this.#previous.size > 0;
  }

  /**
   * The entry a file's bytes gave last time, with its own findings reported on the file again;
   * `undefined` when the cache has no record of these bytes (the file must be read).
   */
  revive(file: VFile): { entry: ContentEntry | undefined } | undefined {
    const key = this.#keyOf(file);
    const record = this.#previous.get(key);
    if (!record) {
      this.use.misses++;
      return undefined;
    }
    const before = file.messages.length;
    try {
      for (const finding of record.findings) report(file, finding.code, finding.place, finding.params, finding.dataPath);
      let entry: ContentEntry | undefined;
      if (record.entry) {
        const { frontmatter, validated, body, blocks, bodyStart } = record.entry;
        entry = { parsed: compactParsedFile(file, frontmatter), validated, body: withPackedBlocks({ ...body, markdown: bodyMarkdown(String(file.value), bodyStart) }, blocks) };
      }
      this.use.hits++;
      this.#current.set(key, record);
      return { entry };
    } catch {
      // A record that is not what this version writes: the cache is not this version's after all. None of it is used.
      file.messages.length = before;
      this.#previous = new Map();
      this.use.misses++;
      return undefined;
    }
  }

  /**
   * Keeps what reading a file came to. A run of styrdok's own that failed, or a deadline missed,
   * is not kept: the next run tries again. Returns the entry's body with its blocks as the record
   * keeps them (serialised, read back when first asked for): an entry that takes it holds less.
   */
  keep(file: VFile, entry: ContentEntry | undefined, messages: readonly VFileMessage[]): Body | undefined {
    const findings: KeptFinding[] = [];
    for (const message of messages) {
      // Only what the text decides is kept: not a failure of styrdok's own, nor a deadline missed or a worker lost (the machine's doing).
      if (!(message instanceof Finding) || message.code === "internal-error" || (message.code === "markdown-too-complex" && !("depth" in message.params))) return undefined;
      const { start, end } = message.place && "start" in message.place ? message.place : { start: { line: message.line ?? 1, column: message.column ?? 1 }, end: undefined };
      const dataPath = message.dataPath;
      findings.push({ code: message.code, params: message.params, place: { start, ...(end ? { end } : {}) }, ...(dataPath ? { dataPath } : {}) });
    }
    const record: CachedRead = { findings };
    let body: Body | undefined;
    if (entry) {
      const frontmatter = entry.parsed.frontmatter && compactFrontmatter(entry.parsed.frontmatter);
      const { markdown, blocks, ...rest } = entry.body;
      const packed = serialize(blocks);
      record.entry = { ...(frontmatter ? { frontmatter } : {}), validated: entry.validated, body: rest, blocks: packed, bodyStart: bodyOffset(entry.parsed) };
      body = withPackedBlocks({ ...rest, markdown }, packed);
    }
    this.#current.set(this.#keyOf(file), record);
    return body;
  }

  /**
   * Writes the records of this run, and only those (a file changed or gone leaves nothing
   * behind), unless they are exactly what the cache already held. A cache that cannot be written
   * is no error: the next run is cold. The cache is spent after this: it holds nothing more.
   */
  save(): void {
    const unchanged = this.use.misses === 0 && this.#current.size === this.#previous.size;
    const records = this.#current;
    // The entries hold what they need; the records would keep a second copy of what they dropped.
    this.#previous = new Map();
    this.#current = new Map();
    if (unchanged || !this.#version) return;
    const temporary = `${this.#pack}.${process.pid}.tmp`;
    try {
      if (!exists(this.folder)) {
        mkdirSync(this.folder, { recursive: true });
        writeFileSync(join(this.folder, ".gitignore"), "# styrdok's content cache (safe to delete)\n*\n");
      }
      writePack(temporary, this.#version, records);
      renameSync(temporary, this.#pack);
      this.use.written = true;
    } catch {
      // Read-only content, a full disk: the content is still checked, just not faster next time.
      try {
        rmSync(temporary, { force: true });
      } catch {
        // Nothing was written there either.
      }
    }
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** A body whose blocks are read from their serialised form when first asked for. */
function withPackedBlocks(body: Omit<Body, "blocks">, packed: Uint8Array): Body {
  const lazy = body as Body;
  Object.defineProperty(lazy, "blocks", {
    get: () => {
      const blocks = deserialize(packed) as Body["blocks"];
      Object.defineProperty(lazy, "blocks", { value: blocks, enumerable: true });
      return blocks;
    },
    configurable: true,
    enumerable: true,
  });
  return lazy;
}

/**
 * The cache's file: a header and then one record after another, each serialised on its own
 * (v8's format) behind its length, so that writing it never builds the whole cache in one
 * buffer, and reading stops at the first thing that is not what it should be.
 */
const FORMAT = "styrdok content cache 1";

function writePack(path: string, version: string, records: Map<string, CachedRead>): void {
  const descriptor = openSync(path, "w");
  try {
    const pending: Uint8Array[] = [];
    let size = 0;
    const flush = () => {
      writeSync(descriptor, Buffer.concat(pending, size));
      pending.length = 0;
      size = 0;
    };
    const append = (value: unknown) => {
      const bytes = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(bytes.length);
      pending.push(length, bytes);
      size += 4 + bytes.length;
      if (size > 1 << 20) flush();
    };
    append({ format: FORMAT, version, count: records.size });
    for (const entry of records) append(entry);
    flush();
  } finally {
    closeSync(descriptor);
  }
}

function readPack(path: string, version: string): Map<string, CachedRead> {
  const records = new Map<string, CachedRead>();
  let descriptor: number | undefined;
  try {
    // Only a regular file: opening a FIFO would wait for a writer that never comes.
    if (!version || !statSync(path).isFile()) return records;
    descriptor = openSync(path, "r");
    const size = fstatSync(descriptor).size;
    // Read piece by piece into one reused buffer: the whole file at once would be as large
    // again as everything read from it.
    let buffer = Buffer.alloc(1 << 16);
    let at = 0;
    const read = (length: number): Buffer => {
      if (at + length > size) throw new Error("truncated");
      if (length > buffer.length) buffer = Buffer.alloc(Math.max(length, buffer.length * 2));
      let done = 0;
      while (done < length) {
        const count = readSync(descriptor!, buffer, done, length - done, at + done);
        if (count === 0) throw new Error("truncated");
        done += count;
      }
      at += length;
      return buffer.subarray(0, length);
    };
    const next = (): unknown => deserialize(read(read(4).readUInt32LE(0)));
    const header = next() as { format?: unknown; version?: unknown; count?: unknown };
    if (header?.format !== FORMAT || header.version !== version || typeof header.count !== "number") return records;
    for (let index = 0; index < header.count; index++) {
      const [key, record] = next() as [string, CachedRead];
      if (typeof key !== "string" || !Array.isArray(record?.findings) || (record.entry && !(record.entry.blocks instanceof Uint8Array))) throw new Error("not a record");
      // Node gives a typed array back as a view of the bytes it was read from, which are reused.
      if (record.entry) record.entry.blocks = new Uint8Array(record.entry.blocks);
      records.set(key, record);
    }
    if (at !== size) throw new Error("trailing bytes");
    return records;
  } catch {
    // Missing, truncated or written by something else: start empty.
    return new Map();
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/** A file's record key: its path and its bytes (a renamed file is read again: its path is in its findings). */
function keyOf(file: VFile): string {
  return createHash("sha256").update(file.path).update("\0").update(String(file.value)).digest("base64url");
}

let version: string | undefined;

/**
 * What decides how a file is read: core's code, the schemas, the locked dependencies and Node.
 * Hashed from their bytes, so that any change to any of them (a release, an edit while
 * developing) makes the cache start over.
 */
function codeVersion(): string | undefined {
  if (version) return version;
  try {
    version = hashOfCode();
  } catch {
    // A file of styrdok's own that cannot be read: no version, so no cache.
  }
  return version;
}

function hashOfCode(): string {
  const hash = createHash("sha256").update(process.version);
  const root = fileURLToPath(new URL("../../../", import.meta.url));
  const sources = [fileURLToPath(new URL("./", import.meta.url)), fileURLToPath(new URL("../../../schemas/", import.meta.url))];
  const files = sources.flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  for (const lock of [join(root, "pnpm-lock.yaml"), fileURLToPath(new URL("../package.json", import.meta.url))]) if (exists(lock)) files.push(lock);
  for (const file of files.sort()) hash.update(relative(root, file)).update("\0").update(readFileSync(file));
  return hash.digest("base64url");
}
