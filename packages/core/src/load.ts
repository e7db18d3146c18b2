// The pipeline, and core's one entry: files → parsed files → schema-valid frontmatter → model →
// corpus checks → graph. Everything a run finds is a finding on the file it concerns; nothing
// is thrown for bad content.
import { existsSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import type { Root } from "mdast";
import { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { compareMessage } from "vfile-sort";
import { statistics } from "vfile-statistics";
import { readBody } from "./body.ts";
import { CACHE_FOLDER, type CacheUse, ContentCache } from "./cache.ts";
import { type CheckState, checkCorpus, checkFile, recheckCorpus } from "./checks.ts";
import { CONTENT_FOLDER, contentRootOf, defaultContentPath, isWithin, readContentFiles } from "./files.ts";
import { buildGraph, type Graph } from "./graph.ts";
import { MAX_BODY_DEPTH, markdownProcessor, type ParseOutcome, type ParsePoolOptions, parseMarkdown, warmUpParsers } from "./markdown.ts";
import { type Place, report } from "./messages.ts";
import { buildCorpus, type ContentEntry, type Corpus } from "./model.ts";
import { bodyLine, compactParsedFile, frontmatterPrefix, parseContentFile } from "./parse.ts";
import { schemaValidators, validateFrontmatter } from "./schemas.ts";

export interface LoadOptions {
  /** Paths in findings and in the model are relative to this folder. */
  cwd?: string;
  /** Markdown parsing: deadline per file and number of worker threads. */
  parse?: ParsePoolOptions;
  /** The date that decides whether a document's validity has ended (YYYY-MM-DD); today by default. */
  today?: string;
  /**
   * Keep what reading each file came to on disk and read only what changed since (see
   * cache.ts): `true` for the folder `.styrdok-cache` beside the content folder (only for a
   * folder named `content`), a folder of one's own, or a cache already open. Off by default.
   */
  cache?: boolean | string | ContentCache;
  /**
   * Keep each file's Markdown tree and YAML document once it is read. By default an entry keeps
   * only what it was read for, and parses the file again in the rare case that a later stage
   * asks for either (a finding's place in the YAML, a chapter's tree to render). A caller that
   * renders every chapter and places every item (the site) saves that second parse by keeping
   * them, at the cost of memory.
   */
  keepTrees?: boolean;
}

/** What core makes of a content tree: the files with their findings, the model and its graph. */
export interface Content {
  /** The files asked about, each carrying its findings (sorted by position). */
  files: VFile[];
  /** The model of everything that was valid, built on first use. */
  readonly corpus: Corpus;
  /** The model's cross-reference graph, built on first use. */
  readonly graph: Graph;
  errors: number;
  warnings: number;
  /** Findings that are styrdok's own failures, not the content's (code internal-error). */
  internalErrors: number;
  /**
   * The folder that paths in exports are relative to: the parent of the content folder, so an
   * export says `content/documents/…` wherever it was made from.
   */
  base: string;
  /** A file's path (as findings give it, relative to the working directory) as exports give it: relative to `base`. */
  exportPath(file: string): string;
  /** How the content cache served this load, when it was used. */
  cache?: CacheUse;
}

/**
 * Schema-validates one file whose Markdown tree is already parsed. When the body could not be
 * parsed, the frontmatter alone is read, so that its findings and ids still count, and the file
 * is kept out of the model.
 */
export function loadEntry(file: VFile, outcome: ParseOutcome): ContentEntry | undefined {
  try {
    let tree = "tree" in outcome ? outcome.tree : undefined;
    if (!tree) {
      if (!("depth" in outcome)) report(file, "markdown-too-complex", bodyStart(file), "seconds" in outcome ? { seconds: outcome.seconds } : { reason: "reason" in outcome ? outcome.reason : "" });
      tree = markdownProcessor.parse(frontmatterPrefix(String(file.value))) as Root;
    }
    const parsed = parseContentFile(file, tree);
    // Nesting seen in the lines is reported where it crosses the limit, a place the tree would not have.
    if ("depth" in outcome) report(file, "markdown-too-complex", parsed.placeAt(outcome.offset, outcome.offset + 1), { depth: outcome.depth, limit: MAX_BODY_DEPTH });
    const validated = validateFrontmatter(parsed);
    if (!validated) return undefined;
    const body = readBody(parsed);
    let usable = "tree" in outcome;
    if (usable && body.depth > MAX_BODY_DEPTH) {
      // The site renders a body by recursion; nesting this deep would stop the build, not the check.
      report(file, "markdown-too-complex", bodyStart(file), { depth: body.depth, limit: MAX_BODY_DEPTH });
      usable = false;
    }
    // Without a body it can use, the file cannot join the model; its ids still count.
    const { type, raw, declarations, references, verbatim, unknownFields } = validated;
    const entry: ContentEntry = usable
      ? { parsed, validated, body }
      : { parsed, validated: { type, raw, declarations, references, verbatim, ...(unknownFields ? { unknownFields } : {}), valid: false }, body };
    try {
      checkFile(entry);
    } catch (error) {
      // A check of styrdok's own that fails is a finding; the file's ids and data still count.
      report(file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) });
    }
    return entry;
  } catch (error) {
    report(file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) });
    return undefined;
  }
}

/** Where a file's body starts: the line after its frontmatter (undefined for a file that has none). */
function bodyStart(file: VFile): Place | undefined {
  const text = String(file.value);
  return frontmatterPrefix(text).length > 0 ? { start: { line: bodyLine(text), column: 1 } } : undefined;
}

/**
 * Reads, checks and models content, once: the entry for the CLI and the site alike. A path inside
 * a `content` folder is checked in the context of the whole folder (so that its references
 * resolve), but only its own findings are returned. With no paths, the content folder of the
 * working directory is checked.
 */
export async function loadContent(paths: string[], options: LoadOptions = {}): Promise<Content> {
  const cwd = options.cwd ?? process.cwd();
  const asked = (paths.length > 0 ? paths : [defaultContentPath(cwd)]).map((path) => resolve(cwd, path));
  const missing = asked.filter((path) => !existsSync(path));
  const roots = [...new Set(asked.filter((path) => existsSync(path)).map(contentRootOf))].filter((root, _, all) => !all.some((other) => other !== root && isWithin(other, root)));
  const cache = openCache(options.cache, roots, cwd);
  // Markdown workers start while the files are read, unless the cache will spare most of the parsing.
  if (!cache?.warm) warmUpParsers(options.parse?.workers);
  const all = await readContentFiles(roots, { cwd });
  const files = [...(await readContentFiles(missing, { cwd })), ...all.filter((file) => asked.some((path) => isWithin(path, resolve(cwd, file.path))))];
  return loadFiles(all, { ...options, cwd, roots, reported: files, ...(cache ? { cache } : {}) });
}

export interface LoadFilesOptions extends LoadOptions {
  /** The content roots the files were read from (absolute): exports are relative to their parent. */
  roots: string[];
  /** The files whose findings the caller reports (all of them by default). */
  reported?: VFile[];
  /**
   * Markdown trees by file text, shared between loads: a text parsed once is not parsed again.
   * Comparing two revisions parses only what differs. The trees are read, never changed.
   */
  parseCache?: Map<string, ParseOutcome>;
  /**
   * What a load keeps for the next load of the same files (validate --watch): a file whose text
   * is unchanged is neither parsed nor validated again and gets back the findings it had, and
   * the corpus-wide checks look again only at what a change can touch. See `keptLoads`.
   */
  kept?: KeptLoads;
}

/** What loads of the same files keep from one to the next. */
export interface KeptLoads {
  entries: WeakMap<VFile, KeptEntry>;
  checks?: CheckState;
}

/** A new store for `LoadFilesOptions.kept`. */
export function keptLoads(): KeptLoads {
  return { entries: new WeakMap() };
}

/** What reading one file came to: its entry, and its findings up to that point. */
interface KeptEntry {
  text: string;
  entry: ContentEntry | undefined;
  messages: VFileMessage[];
}

/**
 * The pipeline after reading: files already read (from disk, or from git objects by git.ts) →
 * parsed, validated, modelled, checked and graphed content.
 */
export async function loadFiles(all: VFile[], options: LoadFilesOptions): Promise<Content> {
  const cwd = options.cwd ?? process.cwd();
  const files = options.reported ?? all;
  const readable = all.filter((file) => file.data.source?.readable);
  const base = baseOf(options.roots, cwd);
  const cache = openCache(options.cache, options.roots, cwd);
  const keptEntries = options.kept?.entries;
  const made = new Map<VFile, ContentEntry | undefined>();
  const fresh: VFile[] = [];
  for (const file of readable) {
    if (keptEntries?.get(file)?.text === file.value) continue;
    const revived = cache?.revive(file);
    if (revived) made.set(file, revived.entry);
    else fresh.push(file);
  }
  if (fresh.length > 0) schemaValidators();
  await parseWithCache(
    fresh.map((file) => String(file.value)),
    options,
    (index, outcome) => {
      const file = fresh[index]!;
      // Findings from reading the bytes are the reader's, made again on every read; these are the entry's.
      const before = file.messages.length;
      const entry = loadEntry(file, outcome);
      made.set(file, entry);
      const packed = cache?.keep(file, entry, file.messages.slice(before));
      // A body that could not be parsed keeps the tree of its frontmatter alone: parsing its text again would meet what stopped the worker, with no deadline.
      if (entry && !options.keepTrees && "tree" in outcome) {
        entry.parsed = compactParsedFile(file, entry.parsed.frontmatter);
        if (packed) entry.body = packed;
      }
    },
  );
  const loaded = readable.map((file) => {
    if (made.has(file)) {
      const entry = made.get(file);
      keptEntries?.set(file, { text: String(file.value), entry, messages: [...file.messages] });
      return entry;
    }
    const cached = keptEntries!.get(file)!;
    file.messages = [...cached.messages];
    return cached.entry;
  });
  const entries = loaded.filter((entry) => entry !== undefined);
  // Files whose ids could not all be read: unreadable, or with broken frontmatter or YAML.
  const withData = new Set(entries.filter((entry) => entry.parsed.frontmatter?.data).map((entry) => entry.parsed.file));
  const brokenFiles = all.filter((file) => file.path.endsWith(".md") && !withData.has(file));
  const checks = { filePaths: all.map((file) => file.path), brokenFiles, ...(options.today ? { today: options.today } : {}) };
  const kept = options.kept;
  try {
    const state = recheckCorpus(kept?.checks, entries, checks) ?? checkCorpus(entries, checks);
    if (kept) kept.checks = state;
  } catch (error) {
    if (kept) kept.checks = undefined;
    // A failure of styrdok's own is a finding too, on a file the run reports, never an exception.
    let carrier = files[0] ?? all[0];
    if (!carrier) {
      carrier = new VFile({ path: relative(cwd, options.roots[0] ?? cwd) || ".", cwd });
      files.push(carrier);
    }
    report(carrier, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) });
  }
  cache?.save();
  for (const file of files) file.messages.sort(compareMessage);
  const counts = statistics(files);
  const internalErrors = files.reduce((sum, file) => sum + file.messages.filter((message) => message.ruleId === "internal-error").length, 0);
  // The model and its graph are built when first asked for: validation needs only the findings.
  let corpus: Corpus | undefined;
  let graph: Graph | undefined;
  const content: Content = {
    files,
    get corpus() {
      corpus ??= buildCorpus(entries);
      return corpus;
    },
    get graph() {
      graph ??= buildGraph(content.corpus);
      return graph;
    },
    errors: counts.fatal,
    warnings: counts.warn,
    internalErrors,
    base,
    exportPath: (file) => relative(base, resolve(cwd, file)),
    ...(cache ? { cache: cache.use } : {}),
  };
  return content;
}

/**
 * Parses the texts the cache does not hold, and keeps what it parsed there. `onParsed` is called
 * once for each text, in no particular order, as its tree becomes available.
 */
async function parseWithCache(texts: string[], options: LoadFilesOptions, onParsed: (index: number, outcome: ParseOutcome) => void): Promise<void> {
  const cache = options.parseCache;
  if (!cache) {
    await parseMarkdown(texts, options.parse, onParsed);
    return;
  }
  const waiting = new Map<string, number[]>();
  for (const [index, text] of texts.entries()) {
    const cached = cache.get(text);
    if (cached) onParsed(index, cached);
    else (waiting.get(text) ?? waiting.set(text, []).get(text)!).push(index);
  }
  const missing = [...waiting.keys()];
  await parseMarkdown(missing, options.parse, (index, outcome) => {
    cache.set(missing[index]!, outcome);
    for (const at of waiting.get(missing[index]!)!) onParsed(at, outcome);
  });
}

/** The folder exports are relative to, and the content cache's default folder is in: the content folders' parent. */
function baseOf(roots: readonly string[], cwd: string): string {
  return commonFolder(roots.map((root) => dirname(root))) ?? cwd;
}

/**
 * The cache a load uses. Its own folder is `.styrdok-cache` beside a folder named `content`: a
 * loose folder or file elsewhere (a home folder, /tmp) gets no cache unless one is named.
 */
function openCache(option: LoadOptions["cache"], roots: readonly string[], cwd: string): ContentCache | undefined {
  if (!option) return undefined;
  if (option instanceof ContentCache) return option;
  if (typeof option === "string") return new ContentCache(resolve(cwd, option), roots);
  if (roots.length === 0 || !roots.every((root) => basename(root) === CONTENT_FOLDER)) return undefined;
  return new ContentCache(join(baseOf(roots, cwd), CACHE_FOLDER), roots);
}

/** The deepest folder that contains all the given folders. */
function commonFolder(folders: string[]): string | undefined {
  if (folders.length === 0) return undefined;
  let common = folders[0]!.split(sep);
  for (const folder of folders.slice(1)) {
    const parts = folder.split(sep);
    let same = 0;
    while (same < common.length && same < parts.length && common[same] === parts[same]) same++;
    common = common.slice(0, same);
  }
  return common.join(sep) || sep;
}
