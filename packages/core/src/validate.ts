// The pipeline: files → parsed files → schema-valid frontmatter → corpus → corpus checks.
// Everything a run finds is a message on the VFile it concerns; nothing is thrown.
import type { VFile } from "vfile";
import { compareMessage } from "vfile-sort";
import { statistics } from "vfile-statistics";
import { checkCorpus, type IdIndex } from "./checks.ts";
import { readContentFiles } from "./files.ts";
import { type Lang, report } from "./messages.ts";
import { buildCorpus, type ContentEntry, type Corpus } from "./model.ts";
import { parseContentFile } from "./parse.ts";
import { validateFrontmatter } from "./schemas.ts";

export interface ValidateOptions {
  /** Paths in findings and in the model are relative to this folder. */
  cwd?: string;
  /** The language of the findings' messages. */
  lang?: Lang;
}

export interface ValidationResult {
  /** Every file read, each carrying its findings (sorted by position). */
  files: VFile[];
  /** The model of everything that was valid. */
  corpus: Corpus;
  ids: IdIndex;
  errors: number;
  warnings: number;
}

/** Parses and schema-validates one file; an unexpected failure becomes a finding, never a crash. */
export function loadEntry(file: VFile, lang: Lang): ContentEntry | undefined {
  if (!file.data.source?.readable) return undefined;
  try {
    const parsed = parseContentFile(file, lang);
    const validated = validateFrontmatter(parsed, lang);
    return validated ? { parsed, validated } : undefined;
  } catch (error) {
    report(file, "internal-error", undefined, { reason: error instanceof Error ? error.message : String(error) }, lang);
    return undefined;
  }
}

/** Validates a content tree (or several) and builds its model. */
export async function validateContent(paths: string[], options: ValidateOptions = {}): Promise<ValidationResult> {
  const cwd = options.cwd ?? process.cwd();
  const lang = options.lang ?? "sv";
  const files = await readContentFiles(paths, { cwd, lang });
  const entries = files.map((file) => loadEntry(file, lang)).filter((entry) => entry !== undefined);
  const corpus = buildCorpus(entries);
  const ids = checkCorpus(entries, corpus, lang);
  for (const file of files) file.messages.sort(compareMessage);
  const counts = statistics(files);
  return { files, corpus, ids, errors: counts.fatal, warnings: counts.warn };
}
