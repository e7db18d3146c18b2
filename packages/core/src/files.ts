// Stage 1: files on disk → VFiles holding decoded text. Nothing here understands content; it
// only guarantees that later stages receive readable UTF-8 text, and that every file that
// cannot be read becomes a positioned finding instead of an exception.
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve, sep } from "node:path";
import { VFile } from "vfile";
import { report } from "./messages.ts";

/** Content files larger than this are refused: the largest real chapter is far below it. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export interface SourceFileData {
  /** The text could be decoded; when false, `value` is empty and the file is only a carrier of findings. */
  readable: boolean;
}

declare module "vfile" {
  interface DataMap {
    source: SourceFileData;
  }
}

export interface ReadOptions {
  cwd: string;
}

function isInside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

function newFile(path: string, options: ReadOptions): VFile {
  const file = new VFile({ path: relative(options.cwd, path) || ".", cwd: options.cwd, value: "" });
  file.data.source = { readable: false };
  return file;
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    // The sequence's length, and the least code point it may encode (anything less is overlong).
    const [length, min] = byte < 0x80 ? [1, 0] : byte >= 0xc2 && byte <= 0xdf ? [2, 0x80] : byte >= 0xe0 && byte <= 0xef ? [3, 0x800] : byte >= 0xf0 && byte <= 0xf4 ? [4, 0x10000] : [0, 0];
    if (length === 0) return index;
    if (index + length > bytes.length) return index;
    let codePoint = length === 1 ? byte : byte & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[index + k]!;
      if ((next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    if (codePoint < min || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return index;
    index += length;
  }
  return -1;
}

/** Line and column (1-based, in UTF-16 units like every other position) of a byte offset. */
function pointAtByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder("utf-8").decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n?|\n/);
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}

/** Decodes a file's bytes into `file.value`, or records why it cannot be. */
export function decodeInto(file: VFile, bytes: Uint8Array): void {
  file.data.source = { readable: false };
  if (bytes.length === 0) {
    report(file, "file-empty", undefined, {});
    return;
  }
  if (bytes.length > MAX_FILE_BYTES) {
    report(file, "file-too-large", undefined, { size: bytes.length, limit: MAX_FILE_BYTES });
    return;
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    report(file, "encoding-utf16", undefined, {});
    return;
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const start = pointAtByte(bytes, firstInvalidUtf8(bytes.subarray(0, nul)) === -1 ? nul : 0);
    report(file, "file-binary", { start }, {});
    return;
  }
  const invalid = firstInvalidUtf8(bytes);
  if (invalid !== -1) {
    const byte = `0x${bytes[invalid]!.toString(16).toUpperCase().padStart(2, "0")}`;
    report(file, "encoding-invalid", { start: pointAtByte(bytes, invalid) }, { byte });
    return;
  }
  let text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Old Mac line endings (a lone CR): YAML would not see the line breaks that the editor does.
  if (/\r(?!\n)/.test(text)) text = text.replace(/\r(?!\n)/g, "\n");
  if (text.trim() === "") {
    report(file, "file-empty", undefined, {});
    return;
  }
  file.value = text;
  file.data.source = { readable: true };
}

/** Whether a path names a content file (`.md`); when not, the file gets the finding that says so. */
function isMarkdownPath(file: VFile, path: string): boolean {
  if (extname(path) === ".md") return true;
  const rename = extname(path).toLowerCase() === ".md" ? `${basename(path, extname(path))}.md` : "";
  report(file, "file-unexpected", undefined, { rename });
  return false;
}

/**
 * A content file from bytes read elsewhere (a git object, say), checked as a file on disk is:
 * its name, its size, its encoding. `path` is absolute, as if the file stood in the working tree.
 */
export function contentFileOf(path: string, bytes: Uint8Array, options: ReadOptions): VFile {
  const file = newFile(path, options);
  if (isMarkdownPath(file, path)) decodeInto(file, bytes);
  return file;
}

/**
 * Reads every content file under the given paths (directories are walked, sorted by path).
 * Each path is a content root: symbolic links that lead out of it are refused.
 *
 * The file system is read synchronously: thousands of small files read one by one through
 * Node's thread pool spend most of their time waiting for its hand-offs (at 9,000 files, seconds
 * of an idle main thread), and nothing else would run meanwhile.
 */
export async function readContentFiles(paths: string[], options: ReadOptions): Promise<VFile[]> {
  const files: VFile[] = [];
  const seen = new Set<string>();

  function readOne(path: string): void {
    const file = newFile(path, options);
    files.push(file);
    if (!isMarkdownPath(file, path)) return;
    let bytes: Uint8Array;
    try {
      const info = statSync(path);
      if (info.size > MAX_FILE_BYTES) {
        report(file, "file-too-large", undefined, { size: info.size, limit: MAX_FILE_BYTES });
        return;
      }
      bytes = readFileSync(path);
    } catch (error) {
      report(file, "file-unreadable", undefined, { reason: (error as NodeJS.ErrnoException).code ?? String(error) });
      return;
    }
    decodeInto(file, bytes);
  }

  /**
   * Walks `path`, whose real path is `real`: known without asking the file system until a
   * symbolic link is followed, so that only paths through links cost a realpath each.
   */
  function walk(path: string, root: string, real: string): void {
    const info = attempt(() => lstatSync(path));
    if (!info) {
      report(newFileIn(path), "path-not-found", undefined, { path });
      return;
    }
    let target = path;
    let targetInfo = info;
    let key = real;
    if (info.isSymbolicLink()) {
      const resolved = attempt(() => realpathSync.native(path));
      if (!resolved) {
        report(newFileIn(path), "symlink-broken", undefined, {});
        return;
      }
      if (!isInside(root, resolved)) {
        report(newFileIn(path), "symlink-outside-root", undefined, { target: resolved });
        return;
      }
      const realInfo = attempt(() => statSync(resolved));
      if (!realInfo) {
        report(newFileIn(path), "symlink-broken", undefined, {});
        return;
      }
      target = resolved;
      targetInfo = realInfo;
      key = resolved;
    }
    if (seen.has(key)) return;
    seen.add(key);
    if (targetInfo.isDirectory()) {
      const entries = attempt(() => readdirSync(target)) ?? [];
      entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const entry of entries) {
        if (entry.startsWith(".")) continue;
        walk(join(path, entry), root, join(key, entry));
      }
    } else if (targetInfo.isFile()) {
      readOne(path);
    }
  }

  function newFileIn(path: string): VFile {
    const file = newFile(path, options);
    files.push(file);
    return file;
  }

  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    const real = attempt(() => realpathSync.native(absolute)) ?? absolute;
    const info = attempt(() => statSync(absolute));
    walk(absolute, info?.isDirectory() ? real : resolve(real, ".."), real);
  }
  return files;
}

/** What a file-system call gives, or undefined where it fails (the caller reports why). */
function attempt<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch {
    return undefined;
  }
}

/** The folder name that marks a content root: a path inside it is checked in its context. */
export const CONTENT_FOLDER = "content";

/**
 * The content tree a path belongs to: the nearest enclosing folder named `content`, so that one
 * file is checked against everything it refers to; otherwise the path itself (or, for a file,
 * its folder), as for a stand-alone tree of test fixtures.
 */
export function contentRootOf(path: string): string {
  for (let folder = path; ; folder = dirname(folder)) {
    if (basename(folder) === CONTENT_FOLDER && existsSync(folder)) return folder;
    if (dirname(folder) === folder) break;
  }
  return existsSync(path) && statSync(path).isFile() ? dirname(path) : path;
}

/** What `validate` checks when no path is given: ./content, or the content folder the user stands in. */
export function defaultContentPath(cwd: string): string {
  const here = join(cwd, CONTENT_FOLDER);
  if (existsSync(here)) return here;
  const enclosing = contentRootOf(cwd);
  return basename(enclosing) === CONTENT_FOLDER ? enclosing : here;
}

/** Whether `path` is `scope` or inside it. */
export function isWithin(scope: string, path: string): boolean {
  return path === scope || path.startsWith(scope.endsWith(sep) ? scope : scope + sep);
}
