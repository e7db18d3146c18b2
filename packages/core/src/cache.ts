// The content cache: what reading each file came to (its own findings, its validated frontmatter,
// what its body says), kept on disk between runs so that a file whose bytes have not changed is
// neither parsed nor validated again. Only the corpus-wide checks run over everything, on these
// summaries. A record is found by the file's path and bytes; the whole cache belongs to one
// version of styrdok (its code, its schemas, its dependencies and Node) and is ignored by any
// other. It is a plain file in a git-ignored folder: deleting it costs one cold run, and a cache
// that cannot be read is a cache that is empty.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
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

/** What reading one file came to. The body's Markdown is not kept: it is the file's text from `bodyStart`. */
interface CachedRead {
  findings: KeptFinding[];
  entry?: { frontmatter?: CompactFrontmatter; validated: ValidatedFrontmatter; body: Omit<Body, "markdown">; bodyStart: number };
}

interface Pack {
  version: string;
  records: Map<string, CachedRead>;
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
    this.#version = codeVersion();
    const name = createHash("sha256")
      .update([...roots].sort().join("\0"))
      .digest("base64url")
      .slice(0, 16);
    this.#pack = join(folder, `content-${name}.v8`);
    this.#previous = readPack(this.#pack, this.#version);
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
    const key = keyOf(file);
    const record = this.#previous.get(key);
    if (!record) {
      this.use.misses++;
      return undefined;
    }
    this.use.hits++;
    this.#current.set(key, record);
    for (const finding of record.findings) report(file, finding.code, finding.place, finding.params, finding.dataPath);
    if (!record.entry) return { entry: undefined };
    const { frontmatter, validated, body, bodyStart } = record.entry;
    return { entry: { parsed: compactParsedFile(file, frontmatter), validated, body: { ...body, markdown: bodyMarkdown(String(file.value), bodyStart) } } };
  }

  /** Keeps what reading a file came to. A run of styrdok's own that failed, or a deadline missed, is not kept: the next run tries again. */
  keep(file: VFile, entry: ContentEntry | undefined, messages: readonly VFileMessage[]): void {
    const findings: KeptFinding[] = [];
    for (const message of messages) {
      if (!(message instanceof Finding) || message.code === "internal-error" || (message.code === "markdown-too-complex" && "seconds" in message.params)) return;
      const { start, end } = message.place && "start" in message.place ? message.place : { start: { line: message.line ?? 1, column: message.column ?? 1 }, end: undefined };
      const dataPath = message.dataPath;
      findings.push({ code: message.code, params: message.params, place: { start, ...(end ? { end } : {}) }, ...(dataPath ? { dataPath } : {}) });
    }
    const record: CachedRead = { findings };
    if (entry) {
      const frontmatter = entry.parsed.frontmatter && compactFrontmatter(entry.parsed.frontmatter);
      const { markdown: _markdown, ...body } = entry.body;
      record.entry = { ...(frontmatter ? { frontmatter } : {}), validated: entry.validated, body, bodyStart: bodyOffset(entry.parsed) };
    }
    this.#current.set(keyOf(file), record);
  }

  /**
   * Writes the records of this run, and only those (a file changed or gone leaves nothing
   * behind), unless they are exactly what the cache already held. A cache that cannot be written
   * is no error: the next run is cold.
   */
  save(): void {
    if (this.use.misses === 0 && this.#current.size === this.#previous.size) return;
    try {
      mkdirSync(this.folder, { recursive: true });
      const ignore = join(this.folder, ".gitignore");
      if (!exists(ignore)) writeFileSync(ignore, "# styrdok's content cache (safe to delete)\n*\n");
      const temporary = `${this.#pack}.${process.pid}.tmp`;
      writeFileSync(temporary, serialize({ version: this.#version, records: this.#current } satisfies Pack));
      renameSync(temporary, this.#pack);
      this.use.written = true;
    } catch {
      // Read-only content, a full disk: the content is still checked, just not faster next time.
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

function readPack(path: string, version: string): Map<string, CachedRead> {
  try {
    const pack = deserialize(readFileSync(path)) as Partial<Pack>;
    if (pack.version === version && pack.records instanceof Map) return pack.records;
  } catch {
    // Missing, truncated or written by something else: start empty.
  }
  return new Map();
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
function codeVersion(): string {
  if (version) return version;
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
  version = hash.digest("base64url");
  return version;
}
