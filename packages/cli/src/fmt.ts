// `styrdok fmt [paths…] [--check]`: every content file in canonical form (see core's format.ts).
// A file the validator cannot read is left as it is, with the validator's findings; one whose
// formatted text would not give the same data is left too, with a finding of its own.
import { chmodSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Code, formatContent, type Lang, type LoadOptions, loadContent, report } from "@styrdok/core";
import type { VFile } from "vfile";
import { textReport } from "./reporters.ts";

/** Findings that mean the file could not be read as content at all: formatting it would be guessing. */
const unreadable = new Set<Code>([
  "path-not-found",
  "file-unreadable",
  "file-unexpected",
  "symlink-outside-root",
  "symlink-broken",
  "file-empty",
  "file-too-large",
  "file-binary",
  "encoding-invalid",
  "encoding-utf16",
  "frontmatter-missing",
  "frontmatter-unterminated",
  "frontmatter-not-mapping",
  "yaml-syntax",
  "yaml-tab",
  "yaml-duplicate-key",
  "yaml-alias-limit",
  "yaml-too-deep",
  "yaml-tag",
  "markdown-too-complex",
  "internal-error",
]);

const words = {
  sv: {
    notCanonical: (file: string) => `${file}: inte i kanonisk form`,
    formatted: (file: string) => `${file}: formaterad`,
    untouched: (file: string) => `${file}: lämnad orörd`,
    checkFailed: (count: number, total: number) => `${count} av ${total} filer är inte i kanonisk form. Kör styrdok fmt för att formatera dem.`,
    allCanonical: (total: number) => `Alla ${total} filer är i kanonisk form.`,
    wrote: (count: number, total: number) => `Formaterade ${count} av ${total} filer.`,
    refused: (count: number) => `${count} ${count === 1 ? "fil lämnades" : "filer lämnades"} orörda, se fynden ovan.`,
  },
  en: {
    notCanonical: (file: string) => `${file}: not in canonical form`,
    formatted: (file: string) => `${file}: formatted`,
    untouched: (file: string) => `${file}: left untouched`,
    checkFailed: (count: number, total: number) => `${count} of ${total} files are not in canonical form. Run styrdok fmt to format them.`,
    allCanonical: (total: number) => `All ${total} files are in canonical form.`,
    wrote: (count: number, total: number) => `Formatted ${count} of ${total} files.`,
    refused: (count: number) => `${count} ${count === 1 ? "file was" : "files were"} left untouched; see the findings above.`,
  },
};

interface FmtIo {
  cwd: string;
  stdout: (text: string) => void;
}

/**
 * Writes next to the file and renames over it, so that a reader never sees half a file, and only
 * if the file still holds what was formatted: an editor saving meanwhile wins.
 */
function replaceFile(path: string, expected: Buffer, text: string): boolean {
  const target = realpathSync(path);
  const temporary = join(dirname(target), `.${basename(target)}.styrdok-fmt-${process.pid}`);
  writeFileSync(temporary, text, { mode: statSync(target).mode });
  try {
    if (!readFileSync(target).equals(expected)) return false;
    chmodSync(temporary, statSync(target).mode);
    renameSync(temporary, target);
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}

export async function fmtCommand(paths: string[], check: boolean, lang: Lang, options: LoadOptions, io: FmtIo): Promise<number> {
  const w = words[lang];
  const content = await loadContent(paths, options);
  const refused: VFile[] = [];
  let differing = 0;
  let total = 0;
  for (const file of content.files) {
    const blocking = file.messages.filter((message) => message.fatal === true && unreadable.has(message.ruleId as Code));
    if (blocking.length > 0 || !file.data.source?.readable) {
      file.messages = blocking;
      refused.push(file);
      continue;
    }
    total++;
    const path = resolve(options.cwd ?? io.cwd, file.path);
    const bytes = readFileSync(path);
    const outcome = formatContent(bytes.toString("utf8"));
    if (!outcome.ok) {
      file.messages = [];
      report(file, "format-refused", undefined, { reason: outcome.reason === "unsupported" ? "unsupported" : "unsafe", detail: outcome.detail });
      refused.push(file);
      continue;
    }
    if (!outcome.changed) continue;
    differing++;
    if (check) {
      io.stdout(`${w.notCanonical(file.path)}\n`);
    } else if (replaceFile(path, bytes, outcome.text)) {
      io.stdout(`${w.formatted(file.path)}\n`);
    } else {
      differing--;
      file.messages = [];
      report(file, "format-refused", undefined, { reason: "changed", detail: "" });
      refused.push(file);
    }
  }
  if (refused.length > 0) {
    io.stdout(textReport(refused, lang, false));
    for (const file of refused) io.stdout(`${w.untouched(file.path)}\n`);
  }
  if (check) io.stdout(`${differing > 0 ? w.checkFailed(differing, total) : w.allCanonical(total)}\n`);
  else io.stdout(`${w.wrote(differing, total)}\n`);
  if (refused.length > 0) io.stdout(`${w.refused(refused.length)}\n`);
  if (content.internalErrors > 0 && refused.some((file) => file.messages.some((message) => message.ruleId === "internal-error"))) return 2;
  return refused.length > 0 || (check && differing > 0) ? 1 : 0;
}
